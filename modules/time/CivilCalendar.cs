namespace MicroPython.Modules.Time;

/// <summary>
/// Proleptic Gregorian dates as day numbers counted from 1970-01-01, in whole-number arithmetic over 400-year eras
/// (146097 days each), so every <c>long</c> second count converts without a range limit or a table.
/// </summary>
public static class CivilCalendar
{
    private const long DaysPerEra = 146097;

    // Days from 0000-03-01 to 1970-01-01: eras start in March so the leap day ends each year.
    private const long EpochShift = 719468;

    /// <summary>The day number of <paramref name="year"/>-<paramref name="month"/>-<paramref name="day"/> (month 1–12; day may run past the month).</summary>
    public static long DaysFromCivil(long year, long month, long day)
    {
        if (month <= 2)
        {
            year--;
        }

        long era = FloorDiv(year, 400);
        long yearOfEra = year - (era * 400);
        long monthFromMarch = month > 2 ? month - 3 : month + 9;
        long dayOfYear = ((153 * monthFromMarch) + 2) / 5 + day - 1;
        long dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * DaysPerEra) + dayOfEra - EpochShift;
    }

    /// <summary>The date of day number <paramref name="days"/>.</summary>
    public static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        days += EpochShift;
        long era = FloorDiv(days, DaysPerEra);
        long dayOfEra = days - (era * DaysPerEra);
        long yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        long dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        long monthFromMarch = ((5 * dayOfYear) + 2) / 153;
        int day = (int)(dayOfYear - (((153 * monthFromMarch) + 2) / 5) + 1);
        int month = (int)(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        long year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }

    /// <summary>Day of the week, 0 = Monday (1970-01-01 was a Thursday).</summary>
    public static int Weekday(long days) => (int)FloorMod(days + 3, 7);

    /// <summary>Floor division (rounds towards negative infinity).</summary>
    public static long FloorDiv(long a, long b)
    {
        long q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }

    /// <summary>The remainder of <see cref="FloorDiv"/>: same sign as <paramref name="b"/>.</summary>
    public static long FloorMod(long a, long b) => a - (FloorDiv(a, b) * b);
}
