using MicroPython.Config;
using MicroPython.Sdk.Boards;

namespace MicroPython.Sdk.Ports;

/// <summary>The selection a port is asked to serve: its plug-in folder, the chosen board and the effective configuration.</summary>
public sealed class PortContext
{
    /// <summary>Creates a context.</summary>
    public PortContext(string portDirectory, BoardDefinition board, MpConfig config, string executable)
    {
        PortDirectory = portDirectory;
        Board = board;
        Config = config;
        Executable = executable;
    }

    /// <summary>The port plug-in's folder (holding <c>mpconfigport.json</c> and <c>boards/</c>).</summary>
    public string PortDirectory { get; }

    /// <summary>The board (variant) selected with <c>--board</c> or the port's default.</summary>
    public BoardDefinition Board { get; }

    /// <summary>The effective configuration.</summary>
    public MpConfig Config { get; }

    /// <summary>Path of the running launcher (<c>sys.executable</c>).</summary>
    public string Executable { get; }
}
