using System;

namespace MicroPython.Sdk.Hal;

/// <summary>
/// GPIO of a board, addressed by the port's pin identifiers (a name such as <c>"X1"</c>/<c>"GP25"</c> or a number
/// as text). <c>machine.Pin</c>'s Python semantics live in shared code; a port implements only these calls.
/// </summary>
public interface IPinDriver
{
    /// <summary>True if the board has a pin with this identifier.</summary>
    bool Exists(string pin);

    /// <summary>Configures direction and pull resistor (<c>Pin.init(mode, pull)</c>).</summary>
    void Configure(string pin, PinMode mode, PinPull pull);

    /// <summary>Reads the level seen on the pin (true = high).</summary>
    bool Read(string pin);

    /// <summary>Drives an output pin high or low.</summary>
    void Write(string pin, bool high);

    /// <summary>Registers (or with null removes) the callback run when <paramref name="edges"/> occur on the pin.</summary>
    void SetInterrupt(string pin, PinEdge edges, Action<string>? handler);
}
