namespace MicroPython.Sdk.Plugins;

/// <summary>What a plug-in contributes (the manifest's <c>kind</c>).</summary>
public enum PluginKind
{
    /// <summary>A port: an <see cref="Ports.IPort"/> entry type, <c>mpconfigport.json</c> and <c>boards/</c>.</summary>
    Port,

    /// <summary>Built-in modules: an <see cref="Modules.IModulePlugin"/> entry type.</summary>
    Module,

    /// <summary>Extra boards for an existing port (the manifest's <c>port</c>): data only, <c>boards/&lt;BOARD&gt;/</c>.</summary>
    BoardPack,
}
