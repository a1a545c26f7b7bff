using System.Runtime.CompilerServices;
using MicroPython.Vm.Tier1;

namespace MicroPython.Runtime;

// The runtime's tier-1 switch (see Vm/Tier1/Tier1Compiler.cs).
public sealed partial class PyRuntime
{
    private Tier1Mode _tier1 = RuntimeFeature.IsDynamicCodeSupported ? Tier1Mode.On : Tier1Mode.Off;

    /// <summary>
    /// When hot code is compiled to IL: <see cref="Tier1Mode.On"/> by default, <see cref="Tier1Mode.Off"/> where the
    /// platform cannot generate code (setting another mode there has no effect).
    /// </summary>
    public Tier1Mode Tier1
    {
        get => _tier1;
        set => _tier1 = RuntimeFeature.IsDynamicCodeSupported ? value : Tier1Mode.Off;
    }
}
