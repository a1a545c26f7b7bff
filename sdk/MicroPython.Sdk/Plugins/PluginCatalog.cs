using System;
using System.Collections.Generic;
using System.IO;
using MicroPython.Sdk.Boards;
using MicroPython.Sdk.Ports;

namespace MicroPython.Sdk.Plugins;

/// <summary>
/// The plug-ins found in the plug-in folders (<c>plugins/</c> beside the launcher, then user folders). Discovery
/// reads only manifests; assemblies are loaded when needed: the selected port's at start-up, a module plug-in's on
/// the first import of one of its modules. A plug-in that cannot be used is recorded in <see cref="Failures"/> and skipped, so the
/// others still load.
/// </summary>
public sealed class PluginCatalog
{
    private readonly List<PluginManifest> _manifests = new();
    private readonly List<PluginFailure> _failures = new();

    private PluginCatalog()
    {
    }

    /// <summary>The manifests that were read successfully, in discovery order.</summary>
    public IReadOnlyList<PluginManifest> Manifests => _manifests;

    /// <summary>The plug-ins skipped so far, each with its reason.</summary>
    public IReadOnlyList<PluginFailure> Failures => _failures;

    /// <summary>
    /// Reads the manifest of every sub-folder of each folder in <paramref name="roots"/> (missing roots are
    /// ignored). Sub-folders are visited in name order; a plug-in name seen in an earlier folder wins.
    /// </summary>
    public static PluginCatalog Discover(IEnumerable<string> roots)
    {
        var catalog = new PluginCatalog();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            if (!System.IO.Directory.Exists(root))
            {
                continue;
            }

            var dirs = System.IO.Directory.GetDirectories(root);
            Array.Sort(dirs, StringComparer.Ordinal);
            foreach (var dir in dirs)
            {
                string folder = Path.GetFileName(dir);
                if (!File.Exists(Path.Combine(dir, PluginManifest.FileName)))
                {
                    catalog._failures.Add(new PluginFailure(folder, $"no {PluginManifest.FileName} in {dir}"));
                    continue;
                }

                try
                {
                    var manifest = PluginManifest.Load(dir);
                    if (names.TryGetValue(manifest.Name, out var first))
                    {
                        catalog._failures.Add(new PluginFailure(manifest.Name, $"a plug-in of this name was already found in {first}"));
                        continue;
                    }

                    names.Add(manifest.Name, dir);
                    catalog._manifests.Add(manifest);
                }
                catch (PluginLoadException e)
                {
                    catalog._failures.Add(new PluginFailure(folder, e.Message));
                }
            }
        }

        return catalog;
    }

    /// <summary>The names of the ports found, sorted.</summary>
    public IReadOnlyList<string> PortNames
    {
        get
        {
            var list = new List<string>();
            foreach (var m in _manifests)
            {
                if (m.Kind == PluginKind.Port)
                {
                    list.Add(m.Name);
                }
            }

            list.Sort(StringComparer.Ordinal);
            return list;
        }
    }

    /// <summary>
    /// Finds port <paramref name="portName"/> and its board <paramref name="boardName"/> (null = the port's
    /// default) and loads the port's assembly. An unknown name, or a port that fails to load, raises
    /// <see cref="PluginSelectionException"/> with a message listing what exists.
    /// </summary>
    public PortSelection SelectPort(string portName, string? boardName)
    {
        PluginManifest? manifest = null;
        foreach (var m in _manifests)
        {
            if (m.Kind == PluginKind.Port && m.Name == portName)
            {
                manifest = m;
                break;
            }
        }

        if (manifest == null)
        {
            var ports = PortNames;
            throw new PluginSelectionException(ports.Count == 0
                ? $"unknown port '{portName}': no port plug-ins were found"
                : $"unknown port '{portName}'; available ports: {string.Join(", ", ports)}");
        }

        IPort port;
        try
        {
            port = PluginAssemblyLoader.CreateEntry<IPort>(manifest);
        }
        catch (PluginLoadException e)
        {
            throw new PluginSelectionException(new PluginFailure(manifest.Name, e.Message).ToString());
        }

        var boards = BoardsOf(manifest);
        string wanted = boardName ?? port.DefaultBoard;
        if (!boards.TryGetValue(wanted, out var boardDir))
        {
            var known = new List<string>(boards.Keys);
            known.Sort(StringComparer.Ordinal);
            throw new PluginSelectionException($"unknown board '{wanted}' for port '{portName}'; available boards: {string.Join(", ", known)}");
        }

        BoardDefinition board;
        try
        {
            board = BoardDefinition.Load(boardDir);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new PluginSelectionException($"board '{wanted}' of port '{portName}': {PluginAssemblyLoader.OneLine(e.Message)}");
        }

        return new PortSelection(manifest, port, board);
    }

    /// <summary>Board folders of a port: its own <c>boards/</c> and those of board packs naming it.</summary>
    private Dictionary<string, string> BoardsOf(PluginManifest port)
    {
        var boards = new Dictionary<string, string>(StringComparer.Ordinal);
        AddBoards(boards, port.Directory);
        foreach (var m in _manifests)
        {
            if (m.Kind == PluginKind.BoardPack && m.Port == port.Name)
            {
                AddBoards(boards, m.Directory);
            }
        }

        return boards;
    }

    private static void AddBoards(Dictionary<string, string> boards, string pluginDir)
    {
        string dir = Path.Combine(pluginDir, "boards");
        if (!System.IO.Directory.Exists(dir))
        {
            return;
        }

        foreach (var b in System.IO.Directory.GetDirectories(dir))
        {
            if (File.Exists(Path.Combine(b, BoardDefinition.BoardFileName)))
            {
                boards.TryAdd(Path.GetFileName(b), b);
            }
        }
    }

    /// <summary>
    /// The module plug-ins whose enabling option is on (<paramref name="isEnabled"/>), ready to be registered
    /// lazily: nothing of them is loaded here. What can be checked from the manifest is checked now and reported in
    /// <see cref="Failures"/> (contract version, a missing assembly file, a module name that
    /// <paramref name="reservedNames"/> or an earlier plug-in already provides); what needs the assembly (a corrupt
    /// file, a bad entry type, a throwing initializer, an undeclared module) is reported when one of the plug-in's
    /// modules is first imported.
    /// </summary>
    public IReadOnlyList<LazyModulePlugin> ModulePlugins(Func<string, bool> isEnabled, IEnumerable<string> reservedNames)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in reservedNames)
        {
            owners[name] = "the kernel or port";
        }

        var plugins = new List<LazyModulePlugin>();
        foreach (var manifest in _manifests)
        {
            if (manifest.Kind != PluginKind.Module || (manifest.EnabledBy != null && !isEnabled(manifest.EnabledBy)))
            {
                continue;
            }

            try
            {
                PluginAssemblyLoader.CheckLoadable(manifest);
                foreach (var name in manifest.Modules)
                {
                    if (owners.TryGetValue(name, out var owner))
                    {
                        throw new PluginLoadException($"module '{name}' is already provided by {owner}");
                    }
                }

                foreach (var name in manifest.Modules)
                {
                    owners[name] = $"plug-in '{manifest.Name}'";
                }

                plugins.Add(new LazyModulePlugin(manifest));
            }
            catch (PluginLoadException e)
            {
                _failures.Add(new PluginFailure(manifest.Name, e.Message));
            }
        }

        return plugins;
    }

    /// <summary>Records a failure found by the host after loading (e.g. a plug-in's service registration threw).</summary>
    public void AddFailure(PluginFailure failure) => _failures.Add(failure);
}
