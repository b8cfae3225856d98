#include "extract/dates.h"

#include <cstdio>

namespace newswire::extract {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days.
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int ReadDigits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

bool IsValidDate(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) return false;
  if (month == 2 && day == 29) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }
  return true;
}

std::optional<CivilDate> ParsePublished(std::string_view s) {
  int y = ReadDigits(s, 0, 4), m = ReadDigits(s, 5, 2), d = ReadDigits(s, 8, 2);
  if (y < 0 || m < 0 || d < 0 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!IsValidDate(y, m, d)) return std::nullopt;
  return CivilDate{y, m, d};
}

namespace {

// Writes `v` (0 <= v < 10^width) as `width` decimal digits.
void PutDigits(char* out, int v, int width) {
  for (int k = width - 1; k >= 0; --k, v /= 10) out[k] = static_cast<char>('0' + v % 10);
}

bool InRange(int v, int end) { return v >= 0 && v < end; }

}  // namespace

// One date per event: digits written directly (snprintf costs about as much
// as the rest of the date resolution); anything printf would pad or sign
// differently takes snprintf.
std::string FormatDay(const CivilDate& d) {
  if (InRange(d.year, 10000) && InRange(d.month, 100) && InRange(d.day, 100)) {
    std::string out(10, '-');
    PutDigits(out.data(), d.year, 4);
    PutDigits(out.data() + 5, d.month, 2);
    PutDigits(out.data() + 8, d.day, 2);
    return out;
  }
  char buf[16];  // as before: the same truncation of absurd values
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string FormatMonth(int year, int month) {
  if (InRange(year, 10000) && InRange(month, 100)) {
    std::string out(7, '-');
    PutDigits(out.data(), year, 4);
    PutDigits(out.data() + 5, month, 2);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::optional<CivilDate> ResolveDayMonth(int day, int month, const CivilDate& pub) {
  int year =
      (month < pub.month || (month == pub.month && day <= pub.day)) ? pub.year : pub.year - 1;
  if (!IsValidDate(year, month, day)) return std::nullopt;
  return CivilDate{year, month, day};
}

int ResolveMonthYear(int month, const CivilDate& pub) {
  return month <= pub.month ? pub.year : pub.year - 1;
}

CivilDate AddDays(const CivilDate& pub, int days) {
  return CivilFromDays(DaysFromCivil(pub.year, pub.month, pub.day) + days);
}

std::optional<int> DaysBefore(std::string_view date, const CivilDate& pub) {
  const int y = ReadDigits(date, 0, 4), m = ReadDigits(date, 5, 2);
  if (y < 1 || m < 1 || m > 12 || date.size() < 7 || date[4] != '-') return std::nullopt;
  int d = 0;
  if (date.size() >= 10) {
    d = ReadDigits(date, 8, 2);
    if (date[7] != '-' || !IsValidDate(y, m, d)) return std::nullopt;
  } else {
    d = 31;
    while (d > 28 && !IsValidDate(y, m, d)) --d;
  }
  return static_cast<int>(DaysFromCivil(pub.year, pub.month, pub.day) - DaysFromCivil(y, m, d));
}

CivilDate PreviousWeekday(const CivilDate& pub, int weekday) {
  const long z = DaysFromCivil(pub.year, pub.month, pub.day);
  // 1970-01-01 (z = 0) was a Thursday (4).
  const int today = static_cast<int>(((z % 7) + 7 + 3) % 7) + 1;  // 1 = Monday
  const int back = (today - weekday + 7) % 7;
  return CivilFromDays(z - back);
}

}  // namespace newswire::extract
