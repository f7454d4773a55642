// The desktop implementation of the platform interface (GLFW window, files).
#pragma once

#include "platform/native/folder_store.h"
#include "platform/platform.h"

namespace hs::platform {

class NativePlatform final : public Platform {
 public:
  explicit NativePlatform(std::string libraryFolder);
  bool isWeb() const override { return false; }
  LibraryStore& store() override { return store_; }
  bool saveFile(const std::string& fileName, const std::string& mime, const std::string& bytes,
                std::string* savedPath) override;
  void openFiles(std::function<void(std::vector<FileData>)> done) override;
  void setDropHandler(std::function<void(std::vector<FileData>)> handler) override;
  void openUrl(const std::string& url) override;
  void setWindowTitle(const std::string& title) override;
  long long nowMs() const override;
  void setFlushHandler(std::function<void()> handler) override { flush_ = std::move(handler); }
  void claimWriter(std::function<void(WriterClaim)> done) override;

  // Files named on the command line, handed to the drop handler at start.
  void queueFilesToOpen(std::vector<std::string> paths) { startupPaths_ = std::move(paths); }
  void deliverStartupFiles();
  void flush() { if (flush_) flush_(); }

 private:
  FolderStore store_;
  std::function<void(std::vector<FileData>)> dropHandler_;
  std::function<void()> flush_;
  std::vector<std::string> startupPaths_;
};

// Reads files into FileData (name = path); a file that cannot be read comes back
// with no bytes and `error` saying why ("permission denied: /path").
std::vector<FileData> readFiles(const std::vector<std::string>& paths);

}  // namespace hs::platform
