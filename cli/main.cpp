#include <iostream>

#include "commands.hpp"
#include "util/memory_reuse.hpp"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    ownercheck::keep_freed_memory();  // `reports` analyses case after case
    std::vector<std::string> args(argv + 1, argv + argc);
    return ownercheck::cli::run(args, std::cin, std::cout, std::cerr);
}
