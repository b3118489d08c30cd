#!/bin/bash
# build-align-priors.sh: rebuilds the shipped alignment priors data/models/vi-{en,ko}.prior and their
# lexicons data/models/vi-{en,ko}.lexicon (data/models/PROVENANCE.md says what they are learned from).
#
#   scripts/build-align-priors.sh [BUILD_DIR]      (default build/; needs ../shared/data/align)
#
# For each pair, one `songngu align --batch --no-prior --model-out --learn-only` run learns a model
# from the dev sets of that pair (the plain and the merged set together), and only its numbers are
# kept: length ratio and weight, segment length, and per pass the length variance and open-end
# parity; the bead-type priors of every pass but the first are the gold beads' shares
# (scripts/prior-from-gold.py). The word tables and unigrams are dropped: the dev sets may set a handful of
# numbers per language pair, never a lexicon.
# The lexicon comes from elsewhere: the Vietnamese, Korean and English of the message catalogs of
# the Debian packages listed in $catalogs (scripts/catalog-pairs.py; one document pair per entry),
# learned with the aligner's own tokens and Model 1 on every entry (--no-prior --model-out --learn-only
# --train-all), tables kept down to p >= 0.002 (the aligner's own pruning) by scripts/model-lexicon.py.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SONGNGU_SHARED:-$root/../shared}
bin=$(realpath -m "${1:-$root/build}")/songngu
[[ -x $bin ]] || { echo "build-align-priors: $bin not built" >&2; exit 2; }
# Message catalogs of Debian packages (none of LibreOffice, GNOME, the Debian manuals or TED: kept
# for evaluation). Domain names as in /usr/share/locale/LANG/LC_MESSAGES/DOMAIN.mo.
catalogs="Linux-PAM PackageKit adduser apt bash bfd binutils coreutils diffutils dpkg findutils
  gettext-runtime gettext-tools git gnutls30 gold gprof grep gstreamer-1.0 iso_15924 iso_3166-1
  iso_3166-2 iso_3166-3 iso_4217 iso_639-2 iso_639-3 ld libapt-pkg6.0 libc libidn2 make
  man-db-gnulib man-db opcodes procps-ng psmisc python-apt sed shadow shared-mime-info
  software-properties tar wget-gnulib wget xdg-user-dirs xkeyboard-config xz"
# More catalogs, from packages that are downloaded (apt-get download) and unpacked, not installed:
# desktop applications (Xfce, VLC, Inkscape, Audacity, Pidgin, GnuCash, ...) bring the vocabulary of
# menus, dialogs and documents that the system tools lack. No GNOME, MATE (its catalogs descend
# from GNOME's) or LibreOffice package, no application translated on GNOME's platform, and neither
# GRUB nor PostgreSQL (the catalog probe of scripts/eval-catalogs.sh) nor tasksel.
downloaded="aptitude-common aspell audacity-data bison cpio debconf-i18n e2fsprogs-l10n gawk
  geany-common gnucash-common gnuchess hexchat-common inkscape kbd lynx-common mc-data nano pcmanfm
  pidgin-data ristretto sudo synaptic texinfo thunar-data tuxpaint-data util-linux-locales vlc-l10n
  wdiff xarchiver xfce4-panel xfce4-power-manager-data xfce4-session xfce4-terminal xfdesktop4-data
  xfwm4 xfce4-notifyd xfce4-screenshooter xfce4-taskmanager xfce4-appfinder xfburn libxfce4ui-common
  libexo-2-0 orage-data thunar-archive-plugin thunar-volman xfce4-whiskermenu-plugin xfce4-clipman
  xfce4-dict xfce4-sensors-plugin lxpanel-data lxappearance lxterminal lxtask lxsession-data lxinput
  lxrandr libfm-data gpicview l3afpad icewm-common terminology-data
  calligra-data calligrawords-data calligrastage-data kmplot okular kate5-data konsole dolphin
  krita-l10n digikam-data kdepim-addons akregator kaddressbook-data libkf5configwidgets-data
  libkf5xmlgui-data libkf5textwidgets-data kio libkf5parts-data libkf5i18n-data plasma-desktop-data
  plasma-workspace-data systemsettings lokalize kfind kget konqueror kwalletmanager kmag kmouth ktimer
  kruler kcolorchooser kinfocenter kmenuedit kdevelop-l10n ktexteditor-data kwin-data
  blender-data kicad xournalpp fontforge-common homebank-data zim bleachbit transmission-gtk aria2
  poedit-common calamares timeshift terminator sylpheed-i18n remmina-common tilix-common
  system-config-printer-common ibus-data scim fcitx5-data im-config gufw encfs exif sphinx-common po4a
  renameutils sympa tigervnc-viewer lightdm lightdm-gtk-greeter accountsservice realmd fprintd
  udisks2 p11-kit libuser usermode policycoreutils minetest-data navit-data picard onboard-common
  apparmor m4 flex help2man indent hello rpm-i18n libpopt0 libnewt0.52 dselect apt-utils sysstat"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debs" "$work/root"
# shellcheck disable=SC2086
(cd "$work/debs" && apt-get download $downloaded)
for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
unpacked=$(find "$work/root/usr/share/locale/vi/LC_MESSAGES" -name '*.mo' -printf '%f\n' | sed 's/\.mo$//' | sort)
for tgt in en ko; do
  list=$work/$tgt.list
  for set in lohelp-vi-$tgt lohelp-merged-vi-$tgt; do
    for gold in "$shared/data/align/$set"/*.gold; do
      stem=${gold%.gold}
      printf '%s\t%s\t%s\n' "$stem.vi" "$stem.$tgt" "$work/out/$set-$(basename "$stem")"
    done
  done >"$list"
  "$bin" align -s vi -t "$tgt" --presegmented --no-prior --batch "$list" --model-out "$work/vi-$tgt.model" \
    --learn-only -j "$(nproc)"
  # Numbers only: the header lines, `learned 0`, and the closing line count.
  awk -F'\t' '
    $1 == "songngu-align-model" || $1 == "langs" || $1 == "shapes" || $1 == "length" || $1 == "pass" ||
    $1 == "unseen" || $1 == "joined" { print; n++ }
    $1 == "learned" { print "learned\t0"; n++ }
    END { print "end\t" n }' "$work/vi-$tgt.model" >"$root/data/models/vi-$tgt.prior"
  # Bead-type priors counted on the sets' gold beads, not on the run's own output (which leans
  # toward leaving segments unaligned where it is unsure).
  "$root/scripts/prior-from-gold.py" "$root/data/models/vi-$tgt.prior" "$shared/data/align/lohelp-vi-$tgt" \
    "$shared/data/align/lohelp-merged-vi-$tgt"
  echo "data/models/vi-$tgt.prior: $(wc -l <"$list") documents"
  # shellcheck disable=SC2086
  "$root/scripts/catalog-pairs.py" "$work/cat-$tgt" "$tgt" $catalogs >"$work/cat-$tgt.list"
  # shellcheck disable=SC2086
  "$root/scripts/catalog-pairs.py" --root "$work/root" "$work/cat-$tgt" "$tgt" $unpacked >>"$work/cat-$tgt.list"
  "$bin" align -s vi -t "$tgt" --presegmented --no-prior --batch "$work/cat-$tgt.list" \
    --model-out "$work/cat-$tgt.model" --learn-only --train-all -j "$(nproc)"
  "$root/scripts/model-lexicon.py" "$work/cat-$tgt.model" "$root/data/models/vi-$tgt.lexicon" 0.002
  echo "data/models/vi-$tgt.lexicon: $(wc -l <"$work/cat-$tgt.list") catalog entries"
done
# Which package and version each catalog came from, for PROVENANCE.md.
for d in $catalogs; do
  for l in vi ko; do
    f=/usr/share/locale/$l/LC_MESSAGES/$d.mo
    [[ -f $f ]] && dpkg -S "$f" 2>/dev/null | cut -d: -f1 | sed "s/$/ ($l $d)/"
  done
done | sort -u | while read -r pkg rest; do
  echo "$pkg $(dpkg-query -W -f='${Version}' "$pkg") $rest"
done >"$root/data/models/catalogs.txt"
for deb in "$work"/debs/*.deb; do
  pkg=$(dpkg-deb -f "$deb" Package) version=$(dpkg-deb -f "$deb" Version)
  for l in vi ko; do
    dpkg-deb -c "$deb" | { grep -oE "usr/share/locale/$l/LC_MESSAGES/[^ ]+\.mo$" || true; } | xargs -r -n1 basename |
      sed "s/\.mo$//; s/^/$pkg $version (downloaded) ($l /; s/$/)/"
  done
done | sort -u >>"$root/data/models/catalogs.txt"
