# Writes OUTPUT (the page's sw.js) from INPUT with @HINDSIGHT_BUILD_VERSION@ set to a hash
# of the built app, so every new build is a new service-worker version (web/sw.js).
file(SHA256 "${WEB_DIR}/hindsight.wasm" wasm_hash)
file(SHA256 "${WEB_DIR}/hindsight.js" js_hash)
file(SHA256 "${INPUT}" sw_hash)
file(SHA256 "${WEB_DIR}/index.html" page_hash)
string(SHA256 version "${wasm_hash}${js_hash}${sw_hash}${page_hash}")
string(SUBSTRING "${version}" 0 16 HINDSIGHT_BUILD_VERSION)
configure_file("${INPUT}" "${OUTPUT}" @ONLY)
