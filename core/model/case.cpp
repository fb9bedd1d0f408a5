#include "case.hpp"

namespace canbao {

bool Record::any_month_paid_in(int y) const {
  for (auto it = months.lower_bound(fee_month(y, 1)); it != months.end() && it->first <= fee_month(y, 12); ++it)
    if (it->second == Pay::paid) return true;
  return false;
}

const char* name(Action a) {
  switch (a) {
    case Action::enroll_resident: return "enroll_resident";
    case Action::enroll_resident_next_year: return "enroll_resident_next_year";
    case Action::enroll_employee: return "enroll_employee";
    case Action::enroll_flexible: return "enroll_flexible";
    case Action::none: return "none";
  }
  return "none";
}
const char* name(Document d) {
  switch (d) {
    case Document::resident_id_card: return "resident_id_card";
    case Document::hk_macao_permit: return "hk_macao_permit";
    case Document::taiwan_permit: return "taiwan_permit";
    case Document::hmt_residence_permit: return "hmt_residence_permit";
    case Document::foreign_passport: return "foreign_passport";
    case Document::foreign_permanent_residence: return "foreign_permanent_residence";
    case Document::none: return "none";
  }
  return "none";
}
const char* name(Group g) {
  switch (g) {
    case Group::newborn: return "newborn";
    case Group::student: return "student";
    case Group::medical_assistance: return "medical_assistance";
    case Group::veteran: return "veteran";
    case Group::military_spouse: return "military_spouse";
    case Group::land_expropriated_farmer: return "land_expropriated_farmer";
    case Group::seasonal_or_flexible_worker: return "seasonal_or_flexible_worker";
    case Group::unemployment_benefit: return "unemployment_benefit";
    case Group::disabled: return "disabled";
  }
  return "";
}
const char* name(Scheme s) { return s == Scheme::resident ? "resident" : "employee"; }
const char* name(Status s) {
  switch (s) {
    case Status::normal: return "normal";
    case Status::suspended: return "suspended";
    case Status::terminated: return "terminated";
  }
  return "";
}
const char* name(Pay p) { return p == Pay::due ? "due" : "paid"; }
const char* name(EventKind k) {
  switch (k) {
    case EventKind::death: return "death";
    case EventKind::joined_employee: return "joined_employee";
    case EventKind::joined_resident_elsewhere: return "joined_resident_elsewhere";
    case EventKind::duplicate_payment: return "duplicate_payment";
    case EventKind::employed_after_flexible_annual: return "employed_after_flexible_annual";
    case EventKind::lump_sum_then_death: return "lump_sum_then_death";
  }
  return "";
}
const char* name(Sex s) { return s == Sex::male ? "male" : "female"; }
const char* name(DayConvention c) { return c == DayConvention::same_day ? "same_day" : "next_day"; }

}  // namespace canbao
