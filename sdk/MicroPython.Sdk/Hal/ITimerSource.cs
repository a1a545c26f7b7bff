using System;

namespace MicroPython.Sdk.Hal;

/// <summary>
/// Hardware timers (<c>machine.Timer</c>). On a simulated board they run on the port's <see cref="IClock"/>, so a
/// program's timing is deterministic.
/// </summary>
public interface ITimerSource
{
    /// <summary>
    /// Starts timer <paramref name="id"/>: <paramref name="callback"/> runs after <paramref name="periodMicroseconds"/>,
    /// once or repeatedly. Restarting a running timer replaces its schedule.
    /// </summary>
    void Start(int id, long periodMicroseconds, bool periodic, Action callback);

    /// <summary>Stops timer <paramref name="id"/> (<c>Timer.deinit()</c>).</summary>
    void Stop(int id);
}
