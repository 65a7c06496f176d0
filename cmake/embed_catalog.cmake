# Turns a compiled gettext catalog (.mo) into a C++ header holding its bytes, so the
# static lplan carries its translations (src/text/i18n.cpp reads them).
#   cmake -DMO=uk.mo -DOUT=lplan_catalog_uk.hpp -P embed_catalog.cmake
file(READ "${MO}" hex HEX)
string(LENGTH "${hex}" hex_length)
if(hex_length EQUAL 0)
  message(FATAL_ERROR "${MO} is empty")
endif()
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUT}.tmp"
  "// Generated from po/uk.po (msgfmt, then cmake/embed_catalog.cmake): do not edit.\n"
  "#pragma once\n\nnamespace lplan {\n\ninline constexpr unsigned char k_catalog_uk[] = {\n${bytes}\n};\n\n}  // namespace lplan\n")
file(RENAME "${OUT}.tmp" "${OUT}")
