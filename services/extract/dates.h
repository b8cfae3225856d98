// Calendar arithmetic for event dates, resolved against an article's
// publication date. Pure functions, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newswire::extract {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// Parses the date part of RFC 3339 ("2024-11-12T09:00:00Z", "2024-11-12").
std::optional<CivilDate> ParsePublished(std::string_view rfc3339);

// True if day/month/year name a real calendar day.
bool IsValidDate(int year, int month, int day);

// "YYYY-MM-DD" / "YYYY-MM".
std::string FormatDay(const CivilDate& d);
std::string FormatMonth(int year, int month);

// A day and month without a year: the most recent such day not after `pub`.
std::optional<CivilDate> ResolveDayMonth(int day, int month, const CivilDate& pub);
// A month without a year: the most recent such month not after `pub`'s month.
int ResolveMonthYear(int month, const CivilDate& pub);
// `pub` shifted by `days` (negative = earlier).
CivilDate AddDays(const CivilDate& pub, int days);
// The most recent `weekday` (1 = Monday .. 7 = Sunday) on or before `pub`
// (news published on a Friday saying "on Friday" means that day).
CivilDate PreviousWeekday(const CivilDate& pub, int weekday);

// Days from the end of `date` ("YYYY-MM-DD", or "YYYY-MM": its last day) to
// `pub`; negative if the date is after `pub`; nullopt if `date` is malformed.
std::optional<int> DaysBefore(std::string_view date, const CivilDate& pub);

}  // namespace newswire::extract
