namespace MicroPython.Sdk;

/// <summary>
/// The version of the plug-in contract (the types in this assembly and the kernel surface they expose). Every
/// plug-in manifest names the version it was built against; the loader refuses a plug-in whose version differs,
/// by name, instead of failing later with a missing-method error inside it.
/// </summary>
public static class SdkContract
{
    /// <summary>
    /// The current contract version. Bump it on any change that breaks plug-ins compiled against an older SDK
    /// (a removed or changed member of a public SDK or kernel type they use).
    /// </summary>
    public const int Version = 1;
}
