namespace MicroPython.Sdk.Hal;

/// <summary>A PWM output (<c>machine.PWM</c>): frequency and duty cycle, the five calls the shared code needs.</summary>
public interface IPwmChannel
{
    /// <summary>Frequency in Hz.</summary>
    int Frequency { get; set; }

    /// <summary>Duty cycle scaled to 16 bits, 0…65535 (<c>PWM.duty_u16()</c>).</summary>
    ushort DutyU16 { get; set; }

    /// <summary>High time in nanoseconds (<c>PWM.duty_ns()</c>).</summary>
    long DutyNanoseconds { get; set; }

    /// <summary>Stops the output (<c>PWM.deinit()</c>).</summary>
    void Deinit();
}
