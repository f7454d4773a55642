// Sizes of files and storage in words people read ("1.2 MB"), in binary units.
#pragma once

#include <string>

namespace hs {

// "512 bytes", "51 KB", "1.2 MB", "20 MB", "1.2 GB": one decimal below 10, none above.
std::string byteSizeText(double bytes);

}  // namespace hs
