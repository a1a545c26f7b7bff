namespace MicroPython.Vm.Tier1;

/// <summary>When hot code objects are compiled to IL (the launcher's <c>-X tier1=</c>).</summary>
public enum Tier1Mode
{
    /// <summary>Never: everything runs in the interpreter.</summary>
    Off = 0,

    /// <summary>Code objects that run hot (many calls, or loops that keep the interpreter busy) are compiled.</summary>
    On = 1,

    /// <summary>Every eligible code object is compiled on its first call or first backward jump (for testing).</summary>
    Eager = 2,
}
