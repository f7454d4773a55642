#include <doctest/doctest.h>

#include "core/io/byte_size_text.h"

TEST_CASE("byte size text: bytes, then binary units with one decimal below 10") {
  CHECK(hs::byteSizeText(0) == "0 bytes");
  CHECK(hs::byteSizeText(1023) == "1023 bytes");
  CHECK(hs::byteSizeText(1024) == "1.0 KB");
  CHECK(hs::byteSizeText(52000) == "51 KB");             // 50.78 KB
  CHECK(hs::byteSizeText(1234567) == "1.2 MB");          // 1.177 MB
  CHECK(hs::byteSizeText(20.0 * 1024 * 1024) == "20 MB");
  CHECK(hs::byteSizeText(10239) == "10 KB");             // 9.999 KB rounds to 10, not "10.0"
  CHECK(hs::byteSizeText(1288490189) == "1.2 GB");
  CHECK(hs::byteSizeText(-5) == "0 bytes");
}
