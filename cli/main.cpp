#include <iostream>

#include "commands.hpp"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    return ownercheck::cli::run(args, std::cin, std::cout, std::cerr);
}
