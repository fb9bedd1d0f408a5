// canbao — the native command line (contract §Entry points). A thin door onto the engine.
//   canbao assess [FILE|-]   one case in, one assessment out; exit 2 on invalid input
//   canbao batch             JSON Lines in, JSON Lines out; a bad line gives an error line
//   canbao rulesets          the bundled rulesets and the default table
//   canbao --version
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "engine/canbao.hpp"

namespace {

int usage() {
  std::fputs(
      "usage: canbao assess [FILE|-]   assess one case (JSON)\n"
      "       canbao batch             assess JSON Lines from stdin, one answer per line\n"
      "       canbao rulesets          list the bundled rulesets and the default table\n"
      "       canbao --version\n",
      stderr);
  return 64;
}

int assess(const char* path) {
  std::string input;
  if (path == nullptr || std::string(path) == "-") {
    input.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream f(path, std::ios::binary);
    if (!f) {
      std::fprintf(stderr, "canbao: cannot read %s\n", path);
      return 66;
    }
    input.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }
  const auto answer = canbao::assess(input);
  std::fwrite(answer.json.data(), 1, answer.json.size(), stdout);
  std::fputc('\n', stdout);
  return answer.ok ? 0 : 2;
}

int batch() {
  std::ios::sync_with_stdio(false);
  std::string line, out;
  bool any_error = false;
  out.reserve(1 << 16);
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto answer = canbao::assess(line);
    any_error = any_error || !answer.ok;
    out += answer.json;
    out += '\n';
    if (out.size() > (1 << 16)) {
      std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
      out.clear();
    }
  }
  std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
  std::cout.flush();
  return any_error ? 2 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  const std::string cmd = argv[1];
  if (cmd == "--version" || cmd == "version") {
    std::printf("canbao %s (rules %s)\n", canbao::version(), canbao::rules_hash());
    return 0;
  }
  if (cmd == "assess") return assess(argc > 2 ? argv[2] : nullptr);
  if (cmd == "batch") return batch();
  if (cmd == "rulesets") {
    std::puts(canbao::rulesets_json().c_str());
    return 0;
  }
  return usage();
}
