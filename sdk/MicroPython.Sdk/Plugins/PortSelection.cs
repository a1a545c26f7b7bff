using System.IO;
using MicroPython.Sdk.Boards;
using MicroPython.Sdk.Ports;

namespace MicroPython.Sdk.Plugins;

/// <summary>The chosen port (loaded) and board, with the configuration files they contribute as layers.</summary>
public sealed class PortSelection
{
    /// <summary>The name of a port's default-options file in its plug-in folder.</summary>
    public const string PortConfigFileName = "mpconfigport.json";

    internal PortSelection(PluginManifest manifest, IPort port, BoardDefinition board)
    {
        Manifest = manifest;
        Port = port;
        Board = board;
    }

    /// <summary>The port plug-in's manifest.</summary>
    public PluginManifest Manifest { get; }

    /// <summary>The port.</summary>
    public IPort Port { get; }

    /// <summary>The board (variant).</summary>
    public BoardDefinition Board { get; }

    /// <summary>The port's <c>mpconfigport.json</c> (the layer after core defaults), or null if it has none.</summary>
    public string? PortConfigFile
    {
        get
        {
            string path = Path.Combine(Manifest.Directory, PortConfigFileName);
            return File.Exists(path) ? path : null;
        }
    }
}
