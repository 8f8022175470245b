# Warnings and sanitizers, applied per target through ownercheck_options().
add_library(ownercheck_options INTERFACE)
target_compile_options(ownercheck_options INTERFACE -Wall -Wextra -Wno-unused-parameter)
if(OWNERCHECK_SANITIZE)
  target_compile_options(ownercheck_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(ownercheck_options INTERFACE -fsanitize=address,undefined)
endif()
