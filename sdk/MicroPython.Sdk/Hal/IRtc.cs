using System;

namespace MicroPython.Sdk.Hal;

/// <summary>The real-time clock (<c>machine.RTC</c>): calendar time that the program may set.</summary>
public interface IRtc
{
    /// <summary>Current date and time.</summary>
    DateTime Now { get; }

    /// <summary>Sets the date and time (<c>RTC.datetime(tuple)</c>).</summary>
    void Set(DateTime value);
}
