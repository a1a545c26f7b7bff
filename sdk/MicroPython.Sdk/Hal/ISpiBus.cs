using System;

namespace MicroPython.Sdk.Hal;

/// <summary>An SPI controller (<c>machine.SPI</c>); chip select is an ordinary pin driven by the program.</summary>
public interface ISpiBus
{
    /// <summary>Configures clock rate (Hz), polarity (0/1), phase (0/1) and bits per word.</summary>
    void Configure(int baudrate, int polarity, int phase, int bits);

    /// <summary>Full-duplex transfer: clocks out <paramref name="write"/> while filling <paramref name="read"/> (same length).</summary>
    void Transfer(ReadOnlySpan<byte> write, Span<byte> read);
}
