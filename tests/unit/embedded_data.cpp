// The compiled-in rule data is a compact copy of the ruleset files without the notes the engine
// never reads (core/engine/embedded_data.hpp): nlohmann is the oracle for "the same JSON values,
// less those members", over every rule data file and hand-made edge cases.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/embedded_data.hpp"

namespace {

using nlohmann::json;

std::string compact(std::string_view in) {
  std::string out(canbao::data::compact(in, nullptr), '\0');
  CHECK(canbao::data::compact(in, out.data()) == out.size());
  return out;
}

// The oracle: the parsed value without kUnreadKeys members, at any depth.
json without_unread(const json& j) {
  if (j.is_object()) {
    json o = json::object();
    for (auto it = j.begin(); it != j.end(); ++it)
      if (!canbao::data::unread_key(it.key())) o[it.key()] = without_unread(it.value());
    return o;
  }
  if (j.is_array()) {
    json a = json::array();
    for (const auto& x : j) a.push_back(without_unread(x));
    return a;
  }
  return j;
}

// Whitespace outside strings: none may be left.
bool has_space_between_tokens(std::string_view s) {
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (in_string) {
      if (s[i] == '\\') ++i;
      else if (s[i] == '"') in_string = false;
    } else if (s[i] == '"') {
      in_string = true;
    } else if (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t') {
      return true;
    }
  }
  return false;
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The files embed_data.cmake compiles in, in its order (CMakeLists.txt CANBAO_RULESETS).
std::vector<std::pair<std::string, std::filesystem::path>> embedded_files() {
  const std::filesystem::path dir = std::filesystem::path(CANBAO_SOURCE_DIR) / "core" / "rulesets";
  std::vector<std::pair<std::string, std::filesystem::path>> files;
  for (int i = 0; i < canbao::data::kBlobCount; ++i) {
    const std::string id = canbao::data::kBlobs[i].id;
    files.emplace_back(id, id == "local-params" || id == "default-table" ? dir / (id + ".json")
                                                                         : dir / id / "ruleset.json");
  }
  return files;
}

// The compiler runs compact() on the generated file's constants: prove it can here too.
constexpr std::string_view kSample = R"({ "a": [1, 2.5e-3, true, null],
  "quote": {"x": ["}", "]"]}, "b": { "address": "https://x", "_doc": "n" },
  "c": "a \" quote: \\ ", "quote2": "quote" })";
constexpr auto kSampleCompact = canbao::data::compacted<canbao::data::compact(kSample, nullptr)>(kSample);
static_assert(std::string_view(kSampleCompact.text) ==
              R"({"a":[1,2.5e-3,true,null],"b":{},"c":"a \" quote: \\ ","quote2":"quote"})");

}  // namespace

TEST_CASE("rule data: the engine's copy of each file is the file less its notes, compacted", "[json][data]") {
  const auto files = embedded_files();
  REQUIRE(files.size() == 10);
  std::size_t dropped = 0;
  for (int i = 0; i < canbao::data::kBlobCount; ++i) {
    const auto& [id, path] = files[static_cast<std::size_t>(i)];
    INFO(path.string());
    const std::string text = read(path);
    REQUIRE(!text.empty());
    const std::string blob = canbao::data::kBlobs[i].json;
    CHECK(blob == compact(text));
    CHECK(json::parse(blob) == without_unread(json::parse(text)));
    CHECK_FALSE(has_space_between_tokens(blob));
    for (std::string_view k : canbao::data::kUnreadKeys)
      CHECK(blob.find("\"" + std::string(k) + "\":") == std::string::npos);
    dropped += text.size() - blob.size();
  }
  CHECK(dropped > 15000);  // the indentation and the notes are really gone
}

TEST_CASE("rule data: compact() keeps every value and drops only kUnreadKeys members, first, last or alone",
          "[json][data]") {
  const std::vector<std::string> cases{
      R"({"quote":"q","a":1})",
      R"({"a":1,"quote":"q"})",
      R"({"quote":"q"})",
      R"({ "a" : { "address" : [ {"quote":1}, "]" ] , "b" : [ ] } , "_doc" : { } })",
      R"([ "quote", {"quote" : "quote"}, {"x": "quote"}, [ ], { } ])",
      R"({"_doc":"x","address":"y","quote":"z"})",
      R"({"a\"quote":1,"quote\"":2,"QUOTE":3,"quot":4})",
      R"({"s":"\\","t":"\"}","u":"\u005c","v":-0.0e+10,"w":false})",
      R"("quote")",
      R"(  12  )",
      "{\r\n\t\"a\":\t[\r\n1 ,\n2 ]\n}",
  };
  for (const std::string& c : cases) {
    INFO(c);
    const std::string out = compact(c);
    CHECK(json::parse(out) == without_unread(json::parse(c)));
    CHECK_FALSE(has_space_between_tokens(out));
  }
  CHECK(compact(R"({"quote":"q","a":1})") == R"({"a":1})");
  CHECK(compact(R"({"a":1,"quote":"q"})") == R"({"a":1})");
  CHECK(compact(R"({"_doc":"x","address":"y","quote":"z"})") == "{}");
}
