// jieyang-2021: 揭医保函〔2021〕94号 — Jieyang's notice forwarding 粤医保函〔2021〕333号
// (data/texts/002_f3429025d4a25f8b.txt, first part). It adds no rule of its own: every
// decision comes from guangdong-2021 and national-2021 below it in the chain.
#include "../ruleset.hpp"

namespace canbao {
Ruleset jieyang_2021() {
  Ruleset rs;
  rs.id = "jieyang-2021";
  return rs;
}
}  // namespace canbao
