#include "read/zip_archive.h"

#include <zip.h>

#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#include "base/error.h"

namespace songngu {
namespace {

// What the first bytes say the file really is, for a message better than "not a zip".
std::string sniff_kind(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return "";
  unsigned char head[8] = {};
  const size_t n = std::fread(head, 1, sizeof head, f);
  std::fclose(f);
  static const unsigned char kOle[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
  if (n == 8 && std::memcmp(head, kOle, 8) == 0) return "ole";
  return "";
}

constexpr size_t kChunk = size_t{1} << 16;  // bytes inflated at a time

// Inflating on a helper thread while the calling thread's `sink` parses the chunks before (zlib takes
// about a seventh of the time of reading a DOCX): `inflate` fills a buffer and returns its size, 0 at
// the end; at most kAhead chunks wait. The sink sees the same chunks in the same order as without
// the thread, and an error of `inflate` comes out after the chunks before it, as it would inline; an
// exception from the sink stops the helper. Without a thread (none could be started), inline.
void read_inline(const std::function<size_t(std::vector<char>&)>& inflate,
                 const std::function<void(const char*, size_t)>& sink) {
  std::vector<char> buf(kChunk);
  while (const size_t n = inflate(buf)) sink(buf.data(), n);
}

void read_ahead(const std::function<size_t(std::vector<char>&)>& inflate,
                const std::function<void(const char*, size_t)>& sink) {
  constexpr size_t kAhead = 4;
  struct Chunk {
    std::vector<char> bytes;
    size_t size = 0;
  };
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<Chunk> full, free;  // guarded by `mutex`
  bool ended = false, stop = false;
  std::exception_ptr failure;  // the helper's, after the chunks in `full`
  for (size_t i = 0; i < kAhead + 1; ++i) free.push_back({std::vector<char>(kChunk), 0});
  auto helper = [&] {
    for (;;) {
      Chunk chunk;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return stop || !free.empty(); });
        if (stop) return;
        chunk = std::move(free.front());
        free.pop_front();
      }
      std::exception_ptr error;
      try {
        chunk.size = inflate(chunk.bytes);
      } catch (...) {
        error = std::current_exception();
      }
      std::lock_guard<std::mutex> lock(mutex);
      if (error || chunk.size == 0) {
        failure = error;
        ended = true;
      } else {
        full.push_back(std::move(chunk));
      }
      changed.notify_all();
      if (ended) return;
    }
  };
  std::thread thread;
  try {
    thread = std::thread(helper);
  } catch (const std::system_error&) {
    read_inline(inflate, sink);
    return;
  }
  auto finish = [&] {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stop = true;
    }
    changed.notify_all();
    thread.join();
  };
  try {
    for (;;) {
      Chunk chunk;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return ended || !full.empty(); });
        if (full.empty()) break;
        chunk = std::move(full.front());
        full.pop_front();
      }
      sink(chunk.bytes.data(), chunk.size);
      std::lock_guard<std::mutex> lock(mutex);
      free.push_back(std::move(chunk));
      changed.notify_all();
    }
  } catch (...) {
    finish();
    throw;
  }
  finish();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace

struct ZipArchive::Impl {
  std::string path;
  std::string what;
  ZipLimits limits;
  zip_t* zip = nullptr;
  size_t total = 0;
};

ZipArchive::ZipArchive(const std::string& path, const std::string& what, ZipLimits limits)
    : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  impl_->what = what;
  impl_->limits = limits;
  int code = 0;
  impl_->zip = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (impl_->zip) return;
  if (code == ZIP_ER_NOENT || code == ZIP_ER_OPEN || code == ZIP_ER_READ)
    throw Error(ErrorKind::kBadInput, N_("cannot open the file"), {}, {path});
  if (sniff_kind(path) == "ole")
    throw Error(ErrorKind::kBadInput,
                N_("not a {1} file: an encrypted (password-protected) or old binary Office document; "
                   "save it as {1} without a password"),
                {what}, {path});
  throw Error(ErrorKind::kBadInput, N_("not a {1} file: not a zip container"), {what}, {path});
}

ZipArchive::~ZipArchive() {
  if (impl_ && impl_->zip) zip_discard(impl_->zip);
}

bool ZipArchive::has(const std::string& name) const {
  return zip_name_locate(impl_->zip, name.c_str(), 0) >= 0;
}

std::optional<size_t> ZipArchive::size(const std::string& name) const {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(impl_->zip, name.c_str(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return std::nullopt;
  return static_cast<size_t>(st.size);
}

std::optional<std::string> ZipArchive::read(const std::string& name) {
  std::string out;
  if (!read_chunks(name, [&](const char* data, size_t size) { out.append(data, size); })) return std::nullopt;
  return out;
}

bool ZipArchive::read_chunks(const std::string& name, const std::function<void(const char*, size_t)>& sink,
                             bool ahead) {
  const std::string& path = impl_->path;
  const zip_int64_t index = zip_name_locate(impl_->zip, name.c_str(), 0);
  if (index < 0) return false;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(impl_->zip, static_cast<zip_uint64_t>(index), 0, &st) != 0)
    throw Error(ErrorKind::kBadInput, N_("damaged {1} file: cannot read part {2}"), {impl_->what, name},
                {path});
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    throw Error(ErrorKind::kBadInput, N_("encrypted {1} file (part {2}): save it without a password"),
                {impl_->what, name}, {path});
  const ZipLimits& lim = impl_->limits;
  auto too_big = [&] {
    return Error(ErrorKind::kBadInput,
                 N_("{1} part {2} inflates past the safety limit (a zip bomb?): refusing to read it"),
                 {impl_->what, name}, {path});
  };
  if ((st.valid & ZIP_STAT_SIZE) && st.size > lim.max_part_bytes) throw too_big();
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
      zip_fopen_index(impl_->zip, static_cast<zip_uint64_t>(index), 0), &zip_fclose);
  if (!file) {
    const int ze = zip_error_code_zip(zip_get_error(impl_->zip));
    if (ze == ZIP_ER_ENCRNOTSUPP || ze == ZIP_ER_NOPASSWD || ze == ZIP_ER_WRONGPASSWD)
      throw Error(ErrorKind::kBadInput, N_("encrypted {1} file (part {2}): save it without a password"),
                  {impl_->what, name}, {path});
    throw Error(ErrorKind::kBadInput, N_("damaged {1} file: cannot read part {2}"), {impl_->what, name},
                {path});
  }
  // The declared sizes may lie: count what actually inflates.
  const size_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  size_t done = 0;
  auto inflate = [&](std::vector<char>& buf) -> size_t {
    const zip_int64_t n = zip_fread(file.get(), buf.data(), buf.size());
    if (n < 0)
      throw Error(ErrorKind::kBadInput, N_("damaged {1} file: cannot read part {2}"), {impl_->what, name},
                  {path});
    done += static_cast<size_t>(n);
    const bool ratio_bad = done > (size_t{1} << 20) && done / (compressed + 1) > lim.max_ratio;
    if (done > lim.max_part_bytes || impl_->total + done > lim.max_total_bytes || ratio_bad) throw too_big();
    return static_cast<size_t>(n);
  };
  if (!ahead || ((st.valid & ZIP_STAT_SIZE) && st.size <= kChunk))
    read_inline(inflate, sink);  // one chunk: no thread
  else
    read_ahead(inflate, sink);
  impl_->total += done;
  return true;
}

}  // namespace songngu
