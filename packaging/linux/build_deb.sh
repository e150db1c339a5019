#!/usr/bin/env bash
# Builds dist/dismantler_<version>_<arch>.deb from the one-folder bundle. Run `make package` first.
#
#   bash packaging/linux/build_deb.sh            # -> dist/dismantler_0.1.0_amd64.deb
#   sudo apt install ./dist/dismantler_0.1.0_amd64.deb
#
# Layout: the bundle in /opt/dismantler (it finds its files relative to itself), /usr/bin/dismantler a link to it,
# the .desktop file and the icons in the freedesktop places. Data never goes into /opt: each user's yard lives in
# ~/.local/share/dismantler (platformdirs), as in every other installation.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
bundle=dist/dismantler
[ -x "$bundle/dismantler" ] || { echo "no bundle in $bundle: run make package first" >&2; exit 1; }

version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

install -d "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/doc/dismantler"
cp -a "$bundle" "$stage/opt/dismantler"
ln -s /opt/dismantler/dismantler "$stage/usr/bin/dismantler"
install -m 644 packaging/linux/dismantler.desktop "$stage/usr/share/applications/dismantler.desktop"
install -m 644 packaging/linux/icons/dismantler.svg "$stage/usr/share/icons/hicolor/scalable/apps/dismantler.svg"
for dir in packaging/linux/icons/hicolor/*x*; do
  size=$(basename "$dir")
  install -D -m 644 "$dir/apps/dismantler.png" "$stage/usr/share/icons/hicolor/$size/apps/dismantler.png"
done
install -m 644 packaging/linux/README.md "$stage/usr/share/doc/dismantler/README.linux.md"

# What the bundle does not carry: the window system's libraries (PyInstaller leaves the system's GL, EGL, fontconfig
# and xcb helpers to the system, as packaging/bootstrap.sh's run list does). libzbar is inside the bundle.
cat > "$stage/DEBIAN/control" <<CONTROL
Package: dismantler
Version: $version
Architecture: $arch
Maintainer: Yard intake maintainers <support@example.invalid>
Section: misc
Priority: optional
Installed-Size: $(du -sk "$stage" | cut -f1)
Depends: libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-render-util0, libxcb-image0,
 libxkbcommon-x11-0, libxkbcommon0, libegl1, libgl1, libfontconfig1, libdbus-1-3, libglib2.0-0
Suggests: cups
Description: Intake station for vehicle dismantling yards
 Reads traction battery codes (GB/T 34014) and VINs by webcam or handheld
 scanner, keeps every new-energy vehicle together with its batteries, refuses
 a scrapping certificate while a pack is missing, and syncs to head office.
CONTROL
install -m 755 packaging/linux/postinst "$stage/DEBIAN/postinst"

out="dist/dismantler_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$out" >/dev/null
echo "$out ($(du -h "$out" | cut -f1))"
