namespace MicroPython.Config;

/// <summary>The kind of value a configuration option takes, which decides how its text is parsed and validated.</summary>
public enum MpOptionKind
{
    /// <summary>A 0/1 flag; JSON <c>true</c>/<c>false</c> are accepted too. Canonical text: <c>0</c> or <c>1</c>.</summary>
    Bool,

    /// <summary>A whole number within the option's range. Canonical text: decimal.</summary>
    Int,

    /// <summary>A byte count with an optional <c>k</c>/<c>m</c> suffix (×1024, ×1024²). Canonical text: bytes, decimal.</summary>
    Size,

    /// <summary>One of MicroPython's named constants, or its number. Canonical text: the constant's short name.</summary>
    Enum,
}
