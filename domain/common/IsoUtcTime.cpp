#include "domain/common/IsoUtcTime.h"

namespace {

// The number written by `count` ASCII digits at `from`, or -1.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Days from 1970-01-01 to the date (proleptic Gregorian; H. Hinnant's days_from_civil).
qint64 daysSinceEpoch(int year, int month, int day)
{
    const int y = month <= 2 ? year - 1 : year;
    const int era = y / 400; // years are 0..9999 here, never negative
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

} // namespace

std::optional<qint64> IsoUtcTime::milliseconds(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SSZ (20 characters) or YYYY-MM-DDTHH:MM:SS.mmmZ (24)
    if (text.size() != 20 && text.size() != 24)
        return std::nullopt;
    if (text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' || text.at(13) != u':' ||
        text.at(16) != u':' || text.back() != u'Z')
        return std::nullopt;
    if (text.size() == 24 && text.at(19) != u'.')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    const int millisecond = text.size() == 24 ? digits(text, 20, 3) : 0;
    // Leap seconds and 24:00 are left to QDateTime, which has its own rules for them.
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59 || millisecond < 0)
        return std::nullopt;
    if (day > daysInMonth(year, month))
        return std::nullopt;
    const qint64 seconds =
        daysSinceEpoch(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return seconds * 1000 + millisecond;
}
