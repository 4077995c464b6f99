#!/usr/bin/env bash
# Builds a Java 17 runtime base image without any container registry: a minimal Debian
# bookworm with openjdk-17-jre-headless, made with debootstrap from a Debian mirror and
# imported into the local Docker engine. Use it where `docker pull eclipse-temurin:17-jre`
# cannot work (CI here), as --build-arg BASE_IMAGE=papergraph/base-jre:17.
#
# Usage (as root, with debootstrap and a running Docker engine):
#   docker/base-image/build.sh [IMAGE]      default IMAGE: papergraph/base-jre:17
# Does nothing if the engine already has IMAGE.
set -euo pipefail

image="${1:-papergraph/base-jre:17}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if docker image inspect "$image" >/dev/null 2>&1; then
  echo "Base image $image already present; not rebuilt"
  exit 0
fi
command -v debootstrap >/dev/null || { echo "debootstrap is not installed (apt-get install debootstrap)" >&2; exit 1; }

rootfs="$(mktemp -d)"
trap 'rm -rf "$rootfs"' EXIT

echo "Building $image with debootstrap from $mirror"
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates \
  bookworm "$rootfs" "$mirror" > "$rootfs.debootstrap.log" 2>&1 \
  || { tail -30 "$rootfs.debootstrap.log" >&2; exit 1; }
rm -f "$rootfs.debootstrap.log"
# Package caches and documentation are of no use in an image.
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
  "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/*

tar -C "$rootfs" -c . | docker import --change 'CMD ["/bin/bash"]' - "$image" >/dev/null
docker run --rm "$image" java -version
echo "Built $image"
