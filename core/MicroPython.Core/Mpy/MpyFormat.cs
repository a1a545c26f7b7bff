namespace MicroPython.Mpy;

/// <summary>The constants of the .mpy container (mpy-format.md §1, §4, §6).</summary>
public static class MpyFormat
{
    /// <summary>Byte 0 of every .mpy file: ASCII <c>M</c>.</summary>
    public const byte Magic = 0x4D;

    /// <summary><c>MPY_VERSION</c>: byte 1; a bytecode-only file loads when this matches.</summary>
    public const byte Version = 6;

    /// <summary><c>MPY_SUB_VERSION</c>: checked only for files holding native code.</summary>
    public const byte SubVersion = 3;

    /// <summary>Small-int width <c>mpy-cross</c> assumes by default (header byte 3).</summary>
    public const int DefaultSmallIntBits = 31;

    /// <summary>Small-int width of this runtime (a 64-bit host build); files assuming more are refused.</summary>
    public const int RuntimeSmallIntBits = 63;

    /// <summary>
    /// <c>sys.implementation._mpy</c> of a runtime that loads bytecode but no native code:
    /// <c>6 | (sub-version | arch 0 &lt;&lt; 2) &lt;&lt; 8</c> = 774 (mpy-format.md §4.1).
    /// </summary>
    public const int SysImplementationMpy = Version | (SubVersion << 8);

    /// <summary>Header feature-byte bit: an architecture-flags vuint follows the header.</summary>
    public const int FeatureArchFlags = 0x40;

    /// <summary>The "incompatible .mpy file" message (py/persistentcode.c), used for every structural problem.</summary>
    public const string IncompatibleFile = "incompatible .mpy file";

    /// <summary>A file holding native code for some architecture, on a runtime without native code support.</summary>
    public const string NativeUnsupported = "native code in .mpy unsupported";

    /// <summary>Constant-table type bytes (mpy-format.md §6).</summary>
    internal const byte ObjFunTable = 0;
    internal const byte ObjNone = 1;
    internal const byte ObjFalse = 2;
    internal const byte ObjTrue = 3;
    internal const byte ObjEllipsis = 4;
    internal const byte ObjStr = 5;
    internal const byte ObjBytes = 6;
    internal const byte ObjInt = 7;
    internal const byte ObjFloat = 8;
    internal const byte ObjComplex = 9;
    internal const byte ObjTuple = 10;

    /// <summary>The architecture names <c>mpy-cross -march=</c> accepts, by architecture number (0 = none).</summary>
    public static readonly string[] ArchNames =
    [
        "none", "x86", "x64", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp", "armv7emdp", "xtensa", "xtensawin",
        "rv32imc", "rv64imc", "debug",
    ];
}
