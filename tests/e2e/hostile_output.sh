#!/bin/bash
# Hostile output places (issue 7): disk full (/dev/full, and a full tmpfs holding an older output),
# a read-only folder, a folder given as output file. songngu must exit 1 with "cannot write",
# leave the existing output file exactly as it was, leave no temporary file, and never replace a
# device (as root, renaming a temp file over /dev/full would replace the device itself).
set -u
source "$(dirname "${BASH_SOURCE[0]}")/hostile.bash"

for i in $(seq 1 200); do printf 'Hai bên nhất trí tăng cường hợp tác lần thứ %d.\n' "$i"; done >"$tmp/a.vi"
for i in $(seq 1 200); do printf 'The two sides agreed to strengthen cooperation for the %dth time.\n' "$i"; done >"$tmp/a.en"
align=("$bin" align -s vi -t en --presegmented "$tmp/a.vi" "$tmp/a.en")

# Disk full through a full device: a private node when we may make one, so a bug cannot damage the
# machine's /dev/full; otherwise the real one (a plain user cannot replace it).
full=/dev/full
if [[ $(id -u) -eq 0 ]] && mknod "$tmp/full" c 1 7 2>/dev/null; then full=$tmp/full; fi
# The format comes from the extension, so the device is also reached through .tsv/.beads/.tmx links.
for ext in tsv beads tmx; do ln -s "$full" "$tmp/full.$ext"; done
expect_error "align -o a full device (tsv)" 'cannot write|space' - -- "${align[@]}" -o "$full"
for ext in tsv beads tmx; do
  expect_error "align -o link to a full device ($ext)" 'cannot write|space' - -- "${align[@]}" -o "$tmp/full.$ext"
  [[ -L $tmp/full.$ext ]] || bad "align -o $ext: the link to the device was replaced by a file"
done
[[ -c $full ]] || bad "the device $full was replaced by a file"
expect_error "align to stdout on /dev/full" 'cannot write|space' - -- bash -c '"$@" >/dev/full' _ "${align[@]}"
expect_error "segment to stdout on /dev/full" 'cannot write|space' - -- bash -c '"$@" >/dev/full' _ "$bin" segment -l vi "$tmp/a.vi"
"${align[@]}" -o "$tmp/good.tmx" || bad "making a TMX"
expect_error "tm convert to a full device" 'cannot write|space' - -- "$bin" tm convert "$tmp/good.tmx" -o "$tmp/full.tmx"
expect_error "tm merge to a full device" 'cannot write|space' - -- "$bin" tm merge "$tmp/good.tmx" -o "$tmp/full.tmx"
expect_error "tm stats to stdout on /dev/full" 'cannot write|space' - -- bash -c '"$@" >/dev/full' _ "$bin" tm stats "$tmp/good.tmx"
[[ -c $full ]] && ok "$full is still a character device" || bad "$full is no longer a character device"

# Read-only folder and a really full file system, holding an older output that must survive. As
# root, permissions do not stop writes: use a read-only bind mount (and a tiny tmpfs) in a private
# mount namespace; else chattr +i; as a plain user chmod is enough.
ro=$tmp/ro; mkdir -p "$ro/batch-out"; guard "$ro/out.tsv"; guard "$ro/batch-out/a.tsv"
mkdir -p "$tmp/batch"; cp "$tmp/a.vi" "$tmp/batch/a.vi"; cp "$tmp/a.en" "$tmp/batch/a.en"
cat >"$tmp/in_ro" <<'SH'
#!/bin/bash
# in_ro DIR COMMAND...: run COMMAND with DIR read-only
ro=$1; shift
if [[ $(id -u) -ne 0 ]]; then chmod -R a-w "$ro"; "$@"; rc=$?; chmod -R u+w "$ro"; exit $rc; fi
if unshare -m true 2>/dev/null; then
  exec unshare -m bash -c 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"' _ "$ro" "$@"
fi
if chattr +i "$ro" "$ro/batch-out" 2>/dev/null; then "$@"; rc=$?; chattr -i "$ro" "$ro/batch-out"; exit $rc; fi
exit 77
SH
chmod +x "$tmp/in_ro"
in_ro() { "$tmp/in_ro" "$ro" "$@"; }
if in_ro true; then
  expect_error "align -o in a read-only folder" 'cannot write|read-only|permission' - -- "$tmp/in_ro" "$ro" "${align[@]}" -o "$ro/out.tsv"
  unchanged "$ro/out.tsv" && ok "read-only: old output unchanged" || bad "read-only: old output changed"
  expect_error "align --batch into a read-only folder" 'cannot write|read-only|permission' - -- "$tmp/in_ro" "$ro" "$bin" align -s vi -t en --presegmented --batch "$tmp/batch" -o "$ro/batch-out"
  unchanged "$ro/batch-out/a.tsv" && ok "read-only batch: old output unchanged" || bad "read-only batch: old output changed"
  expect_error "align --batch: output folder cannot be created" 'cannot|read-only|permission' - -- "$tmp/in_ro" "$ro" "$bin" align -s vi -t en --presegmented --batch "$tmp/batch" -o "$ro/new-folder"
else
  echo "skip read-only folder: no unshare, chattr or plain user here"
fi
# A real full file system: a 64 KB tmpfs where the old output takes most of the room.
if [[ $(id -u) -eq 0 ]] && unshare -m true 2>/dev/null; then
  small=$tmp/small; mkdir -p "$small"
  unshare -m bash -c '
    mount -t tmpfs -o size=64k tmpfs "$1" || exit 77
    printf "KNOWN GOOD CONTENT\n" >"$1/out.tmx"; head -c 40000 /dev/zero >"$1/filler"
    "${@:2}" -o "$1/out.tmx" 2>"$1/../small.err"; rc=$?
    [[ "$(cat "$1/out.tmx")" == "KNOWN GOOD CONTENT" ]] || rc=100
    [[ $(ls -A "$1" | wc -l) -eq 2 ]] || rc=101
    exit $rc' _ "$small" "${align[@]}"
  rc=$?
  case $rc in
    1) grep -qiE 'cannot write|space' "$tmp/small.err" && ok "full tmpfs: exit 1, old output kept ($(head -1 "$tmp/small.err" | cut -c1-90))" || bad "full tmpfs: unclear message";;
    77) echo "skip full tmpfs: cannot mount";;
    100) bad "full tmpfs: the old output was damaged";;
    101) bad "full tmpfs: a temporary file was left behind";;
    *) bad "full tmpfs: exit $rc"; head -3 "$tmp/small.err";;
  esac
fi
# A folder given where a file is expected.
mkdir -p "$tmp/adir.tsv"
expect_error "align -o an existing folder" 'cannot write|directory|folder' - -- "${align[@]}" -o "$tmp/adir.tsv"
[[ -z $(ls -A "$tmp/adir.tsv") ]] && ok "folder output: nothing written into it" || bad "folder output: files appeared in it"
leftover=$(find "$tmp" -name '.*.tmp-*' | head -3)
[[ -z $leftover ]] && ok "no temporary files left" || bad "temporary files left: $leftover"
finish
