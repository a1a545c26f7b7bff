namespace MicroPython.Sdk.Hal;

/// <summary>Direction and drive of a GPIO pin (<c>machine.Pin.IN</c>, <c>OUT</c>, <c>OPEN_DRAIN</c>, <c>ALT</c>, …).</summary>
public enum PinMode
{
    /// <summary>Input.</summary>
    Input,

    /// <summary>Push-pull output.</summary>
    Output,

    /// <summary>Open-drain output.</summary>
    OpenDrain,

    /// <summary>Alternate function (a peripheral drives the pin).</summary>
    Alternate,

    /// <summary>Analog (the pin is routed to an ADC/DAC).</summary>
    Analog,
}

/// <summary>Pull resistor of a GPIO pin (<c>machine.Pin.PULL_UP</c>, <c>PULL_DOWN</c>, or none).</summary>
public enum PinPull
{
    /// <summary>No pull resistor.</summary>
    None,

    /// <summary>Pull-up.</summary>
    Up,

    /// <summary>Pull-down.</summary>
    Down,
}

/// <summary>Edges that trigger a pin interrupt (<c>machine.Pin.IRQ_RISING</c>, <c>IRQ_FALLING</c>).</summary>
[System.Flags]
public enum PinEdge
{
    /// <summary>No edge.</summary>
    None = 0,

    /// <summary>Low to high.</summary>
    Rising = 1,

    /// <summary>High to low.</summary>
    Falling = 2,
}
