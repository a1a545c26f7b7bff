using System;

namespace MicroPython.Sdk.Hal;

/// <summary>An I2C controller (<c>machine.I2C</c>). Addresses are 7-bit. Failures are reported as errno values.</summary>
public interface II2cBus
{
    /// <summary>Bus clock in Hz.</summary>
    int Frequency { get; set; }

    /// <summary>Addresses of the devices that acknowledge (<c>I2C.scan()</c>).</summary>
    int[] Scan();

    /// <summary>
    /// Writes <paramref name="data"/> to the device; with <paramref name="stop"/> false no STOP condition follows
    /// (a repeated start comes next). Returns the number of bytes acknowledged, or a negative errno
    /// (e.g. −19 ENODEV when nobody acknowledges the address).
    /// </summary>
    int Write(int address, ReadOnlySpan<byte> data, bool stop);

    /// <summary>Reads <c>buffer.Length</c> bytes from the device; returns the count or a negative errno.</summary>
    int Read(int address, Span<byte> buffer, bool stop);
}
