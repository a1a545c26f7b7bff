namespace MicroPython.Sdk.Hal;

/// <summary>An analog input (<c>machine.ADC</c>).</summary>
public interface IAdcChannel
{
    /// <summary>The conversion scaled to 16 bits, 0…65535 (<c>ADC.read_u16()</c>).</summary>
    ushort ReadU16();

    /// <summary>The input voltage in microvolts (<c>ADC.read_uv()</c>).</summary>
    int ReadMicrovolts();
}
