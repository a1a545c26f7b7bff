using System;

namespace MicroPython.Sdk.Hal;

/// <summary>A serial port (<c>machine.UART</c>).</summary>
public interface IUart
{
    /// <summary>Configures baud rate, data bits, parity (null, 0 even, 1 odd) and stop bits.</summary>
    void Configure(int baudrate, int bits, int? parity, int stop);

    /// <summary>Bytes waiting in the receive buffer (<c>UART.any()</c>).</summary>
    int Available { get; }

    /// <summary>Reads up to <c>buffer.Length</c> received bytes without blocking; returns how many were read.</summary>
    int Read(Span<byte> buffer);

    /// <summary>Queues bytes for transmission; returns how many were accepted.</summary>
    int Write(ReadOnlySpan<byte> data);
}
