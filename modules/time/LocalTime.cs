using System;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Hal;

namespace MicroPython.Modules.Time;

/// <summary>
/// The calendar tuples of the unix port's <c>gmtime</c>/<c>localtime</c>: 9 items <c>(year, month, mday, hour,
/// minute, second, weekday 0=Monday, yearday 1-366, isdst)</c>, and <c>mktime</c>, their inverse for local time.
/// </summary>
public static class LocalTime
{
    private const long SecondsPerDay = 86400;

    /// <summary>The tuple for <paramref name="epochSeconds"/> seen at UTC + <paramref name="offset"/>.</summary>
    public static TupleObject ToTuple(long epochSeconds, TimeSpan offset, bool isDaylightSaving)
    {
        long local = unchecked(epochSeconds + (long)offset.TotalSeconds);
        long days = CivilCalendar.FloorDiv(local, SecondsPerDay);
        long secondOfDay = local - (days * SecondsPerDay);
        var (year, month, day) = CivilCalendar.CivilFromDays(days);
        long yearDay = days - CivilCalendar.DaysFromCivil(year, 1, 1) + 1;
        return TupleObject.Create(
            IntObject.Get(year),
            IntObject.Get(month),
            IntObject.Get(day),
            IntObject.Get(secondOfDay / 3600),
            IntObject.Get(secondOfDay / 60 % 60),
            IntObject.Get(secondOfDay % 60),
            IntObject.Get(CivilCalendar.Weekday(days)),
            IntObject.Get(yearDay),
            IntObject.Get(isDaylightSaving ? 1 : 0));
    }

    /// <summary>
    /// <c>mktime(tuple)</c>: seconds since the epoch of a local date given as 8 or 9 ints (weekday, yearday and
    /// isdst are ignored); out-of-range fields carry over as C's <c>mktime</c> normalises them.
    /// </summary>
    public static long MakeTime(PyObject fieldsObject, IClock clock)
    {
        ReadOnlySpan<PyObject> items = Ops.TupleOrListItems(fieldsObject);
        int count = items.Length;

        if (count < 8 || count > 9)
        {
            throw Errors.TypeError("mktime needs a tuple of length 8 or 9");
        }

        long year = Ops.ToInt64(items[0]);
        long month = Ops.ToInt64(items[1]);
        long day = Ops.ToInt64(items[2]);
        long hour = Ops.ToInt64(items[3]);
        long minute = Ops.ToInt64(items[4]);
        long second = Ops.ToInt64(items[5]);

        // Months beyond 1-12 move the year; everything smaller simply adds up.
        long monthIndex = month - 1;
        year += CivilCalendar.FloorDiv(monthIndex, 12);
        month = CivilCalendar.FloorMod(monthIndex, 12) + 1;
        long localSeconds;
        try
        {
            long days = checked(CivilCalendar.DaysFromCivil(year, month, 1) + day - 1);
            localSeconds = checked((days * SecondsPerDay) + (hour * 3600) + (minute * 60) + second);
        }
        catch (OverflowException)
        {
            throw Errors.OverflowError("invalid mktime usage");
        }

        // The zone's offset at the instant itself: guess with the offset at the local reading, then correct once
        // (only a time inside a daylight-saving switch can still be an hour off, as with C's mktime).
        long guess = localSeconds - (long)clock.LocalOffset(localSeconds).Offset.TotalSeconds;
        return localSeconds - (long)clock.LocalOffset(guess).Offset.TotalSeconds;
    }
}
