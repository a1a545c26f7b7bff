using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using MicroPython.Compiler;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Sdk.Firmware;

/// <summary>
/// Evaluates a MicroPython-style <c>manifest.py</c> (boot-and-filesystem.md §5.1) with our own interpreter: the
/// manifest is ordinary Python run in a namespace that holds <c>include</c>, <c>require</c>, <c>add_library</c>,
/// <c>package</c>, <c>module</c>, <c>freeze</c>, <c>freeze_as_mpy</c>, <c>freeze_mpy</c>, <c>freeze_as_str</c> and
/// <c>metadata</c>. Each call adds files to <see cref="Items"/>; nothing is compiled here (see <see cref="Freezer"/>).
/// </summary>
/// <remarks>
/// Paths are relative to the manifest that names them and may use <c>$(NAME)</c> variables (<c>$(MPY_DIR)</c>,
/// <c>$(MPY_LIB_DIR)</c>, <c>$(PORT_DIR)</c>, <c>$(BOARD_DIR)</c>, …) given to the constructor. <c>freeze_as_str</c>
/// freezes bytecode too: a frozen string would need the compiler at run time, which a compiler-less firmware lacks.
/// <c>c_module</c> is refused: native modules are .NET plug-ins in this project.
/// </remarks>
public sealed class ManifestEvaluator
{
    private readonly Dictionary<string, string> _variables;
    private readonly Dictionary<string, FrozenItem> _items = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();
    private readonly List<KeyValuePair<string, string>> _libraries = new(); // name → root, in search order
    private readonly Stack<string> _directories = new();
    private readonly HashSet<string> _required = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _metadata = new(StringComparer.Ordinal);
    private PyRuntime? _runtime;

    /// <summary>Creates an evaluator with the given <c>$(NAME)</c> path variables.</summary>
    public ManifestEvaluator(IReadOnlyDictionary<string, string>? variables = null)
    {
        _variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (variables != null)
        {
            foreach (var pair in variables)
            {
                _variables[pair.Key] = pair.Value;
            }
        }

        if (_variables.TryGetValue("MPY_LIB_DIR", out var lib))
        {
            _libraries.Add(new KeyValuePair<string, string>("micropython-lib", lib));
        }
    }

    /// <summary>The files to freeze, in the order the manifest first named them (a later entry of the same name replaces it).</summary>
    public IReadOnlyList<FrozenItem> Items
    {
        get
        {
            var list = new List<FrozenItem>(_order.Count);
            foreach (var name in _order)
            {
                list.Add(_items[name]);
            }

            return list;
        }
    }

    /// <summary>What <c>metadata(...)</c> calls declared (description, version, license, author).</summary>
    public IReadOnlyDictionary<string, string> Metadata => _metadata;

    /// <summary>Output of <c>print</c> in manifests; defaults to the console.</summary>
    public TextWriter Output { get; set; } = Console.Out;

    /// <summary>Runs the manifest at <paramref name="manifestPath"/> (a directory means its <c>manifest.py</c>).</summary>
    /// <exception cref="PyException">The manifest raised, or named a file that does not exist.</exception>
    public void Evaluate(string manifestPath)
    {
        var runtime = _runtime ??= CreateRuntime();
        runtime.MakeCurrent();
        Include(Path.GetFullPath(manifestPath));
    }

    private PyRuntime CreateRuntime()
    {
        var runtime = PyRuntime.Create();
        runtime.Stdout = Output;
        runtime.Stderr = Output;
        return runtime;
    }

    private void Include(string path)
    {
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "manifest.py");
        }

        if (!File.Exists(path))
        {
            throw Errors.ValueError($"manifest not found: {path}");
        }

        var runtime = _runtime!;
        string source = File.ReadAllText(path, Encoding.UTF8);
        var globals = new DictObject();
        globals.SetItem(StrObject.Intern("__name__"), new StrObject("__manifest__"));
        globals.SetItem(StrObject.Intern("__file__"), new StrObject(path));
        AddFunctions(globals);
        _directories.Push(Path.GetDirectoryName(path)!);
        try
        {
            runtime.Execute(runtime.CompileSource(source, path, CompileMode.Exec), globals);
        }
        finally
        {
            _directories.Pop();
        }
    }

    private string CurrentDirectory => _directories.Peek();

    private void AddFunctions(DictObject globals)
    {
        void Add(string name, int required, string[] parameters, Action<PyObject?[]> body)
        {
            globals.SetItem(StrObject.Intern(name), new BuiltinFunction(name, required, (args, nKw) =>
            {
                var values = new PyObject?[parameters.Length];
                ArgParser.Parse(args, nKw, parameters, required, parameters.Length, values);
                body(values);
                return NoneObject.None;
            }));
        }

        Add("include", 1, ["manifest_path"], a => ForEachPath(a[0]!, p => Include(Resolve(p))));
        Add("require", 1, ["name", "library"], a => Require(Text(a[0])!, Text(a[1])));
        Add("add_library", 2, ["library", "library_path", "prepend"], a => AddLibrary(Text(a[0])!, Resolve(Text(a[1])!), a[2] != null && Ops.IsTrue(a[2]!)));
        Add("package", 1, ["package_path", "files", "base_path", "opt"], a => Package(Text(a[0])!, a[1], Text(a[2]) ?? ".", Opt(a[3])));
        Add("module", 1, ["module_path", "base_path", "opt"], a => Module(Text(a[0])!, Text(a[1]) ?? ".", Opt(a[2])));
        Add("freeze", 1, ["path", "script", "opt"], a => Freeze(Text(a[0])!, a[1], Opt(a[2]), precompiledOnly: false));
        Add("freeze_as_mpy", 1, ["path", "script", "opt"], a => Freeze(Text(a[0])!, a[1], Opt(a[2]), precompiledOnly: false));
        Add("freeze_as_str", 1, ["path"], a => Freeze(Text(a[0])!, null, 0, precompiledOnly: false));
        Add("freeze_mpy", 1, ["path", "script", "opt"], a => Freeze(Text(a[0])!, a[1], Opt(a[2]), precompiledOnly: true));
        Add("metadata", 0, ["description", "version", "license", "author"], a =>
        {
            string[] keys = ["description", "version", "license", "author"];
            for (int i = 0; i < keys.Length; i++)
            {
                if (Text(a[i]) is { } value)
                {
                    _metadata[keys[i]] = value;
                }
            }
        });
        Add("c_module", 1, ["module_path"], _ =>
            throw Errors.ValueError("c_module is not supported: native modules are .NET plug-ins"));
    }

    private void Require(string name, string? library)
    {
        if (!_required.Add(name))
        {
            return;
        }

        bool libraryKnown = library == null;
        foreach (var (libraryName, root) in _libraries)
        {
            if (library != null && libraryName != library)
            {
                continue;
            }

            libraryKnown = true;
            var found = FindPackageManifest(root, name);
            if (found != null)
            {
                Include(found);
                return;
            }
        }

        if (!libraryKnown)
        {
            throw Errors.ValueError($"unknown library: {library}");
        }

        throw Errors.ValueError(library == null ? $"package not found: {name}" : $"package not found: {name} in {library}");
    }

    /// <summary>micropython-lib layout: some <c>…/&lt;name&gt;/manifest.py</c> below a library root.</summary>
    private static string? FindPackageManifest(string root, string name)
    {
        if (!Directory.Exists(root))
        {
            return null;
        }

        foreach (var manifest in Directory.EnumerateFiles(root, "manifest.py", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(Path.GetDirectoryName(manifest)) == name)
            {
                return manifest;
            }
        }

        return null;
    }

    private void AddLibrary(string name, string path, bool prepend)
    {
        var entry = new KeyValuePair<string, string>(name, path);
        if (prepend)
        {
            _libraries.Insert(0, entry);
        }
        else
        {
            _libraries.Add(entry);
        }
    }

    private void Package(string packagePath, PyObject? files, string basePath, int opt)
    {
        string root = Resolve(basePath);
        string packageDir = Path.Combine(root, Substitute(packagePath));
        if (files == null || ReferenceEquals(files, NoneObject.None))
        {
            if (!Directory.Exists(packageDir))
            {
                throw Errors.ValueError($"package not found: {packageDir}");
            }

            AddTree(root, packageDir, opt, pythonOnly: true);
            return;
        }

        ForEachPath(files, f => AddFile(root, Path.Combine(packageDir, Substitute(f)), opt));
    }

    private void Module(string modulePath, string basePath, int opt)
    {
        if (!modulePath.EndsWith(".py", StringComparison.Ordinal))
        {
            throw Errors.ValueError($"module must be a .py file: {modulePath}");
        }

        string root = Resolve(basePath);
        AddFile(root, Path.Combine(root, Substitute(modulePath)), opt);
    }

    private void Freeze(string path, PyObject? script, int opt, bool precompiledOnly)
    {
        string root = Resolve(path);
        if (script == null || ReferenceEquals(script, NoneObject.None))
        {
            if (!Directory.Exists(root))
            {
                throw Errors.ValueError($"freeze path must be a directory: {root}");
            }

            AddTree(root, root, opt, pythonOnly: false, precompiledOnly);
            return;
        }

        ForEachPath(script, s =>
        {
            string target = Path.Combine(root, Substitute(s));
            if (Directory.Exists(target))
            {
                AddTree(root, target, opt, pythonOnly: false, precompiledOnly);
            }
            else
            {
                AddFile(root, target, opt);
            }
        });
    }

    private void AddTree(string root, string directory, int opt, bool pythonOnly, bool precompiledOnly = false)
    {
        var files = new List<string>(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories));
        files.Sort(StringComparer.Ordinal); // deterministic firmware whatever the filesystem's order
        foreach (var file in files)
        {
            bool isPy = file.EndsWith(".py", StringComparison.Ordinal);
            bool isMpy = file.EndsWith(".mpy", StringComparison.Ordinal);
            if ((isPy && !precompiledOnly) || (isMpy && !pythonOnly))
            {
                AddFile(root, file, opt);
            }
        }
    }

    private void AddFile(string root, string file, int opt)
    {
        file = Path.GetFullPath(file);
        if (!File.Exists(file))
        {
            throw Errors.ValueError($"file not found: {file}");
        }

        if (!file.EndsWith(".py", StringComparison.Ordinal) && !file.EndsWith(".mpy", StringComparison.Ordinal))
        {
            throw Errors.ValueError($"can only freeze .py or .mpy files: {file}");
        }

        string name = Path.GetRelativePath(Path.GetFullPath(root), file).Replace('\\', '/');
        if (name.StartsWith("../", StringComparison.Ordinal))
        {
            throw Errors.ValueError($"file is outside its base path: {file}");
        }

        if (!_items.ContainsKey(name))
        {
            _order.Add(name);
        }

        _items[name] = new FrozenItem(file, name, opt);
    }

    /// <summary>Substitutes <c>$(NAME)</c> variables and makes the path absolute from the current manifest's folder.</summary>
    private string Resolve(string path) => Path.GetFullPath(Path.Combine(CurrentDirectory, Substitute(path)));

    private string Substitute(string path)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < path.Length)
        {
            int start = path.IndexOf("$(", i, StringComparison.Ordinal);
            if (start < 0)
            {
                sb.Append(path, i, path.Length - i);
                break;
            }

            int end = path.IndexOf(')', start);
            if (end < 0)
            {
                throw Errors.ValueError($"unterminated variable in path: {path}");
            }

            string name = path.Substring(start + 2, end - start - 2);
            if (!_variables.TryGetValue(name, out var value))
            {
                throw Errors.ValueError($"unknown variable $({name}) in path: {path}");
            }

            sb.Append(path, i, start - i).Append(value);
            i = end + 1;
        }

        return sb.ToString();
    }

    private static void ForEachPath(PyObject value, Action<string> action)
    {
        if (value is StrObject s)
        {
            action(s.Value);
            return;
        }

        var iterator = Ops.GetIter(value);
        while (Ops.Next(iterator) is { } item)
        {
            action(Text(item) ?? throw Errors.TypeError("expected a path string"));
        }
    }

    private static string? Text(PyObject? value) => value switch
    {
        null => null,
        NoneObject => null,
        StrObject s => s.Value,
        _ => throw Errors.TypeError($"expected str, got '{value.Type.Name}'"),
    };

    private static int Opt(PyObject? value)
    {
        if (value == null || ReferenceEquals(value, NoneObject.None))
        {
            return 0;
        }

        long level = value is IntObject i ? i.Value : throw Errors.TypeError("opt must be an int");
        return level is >= 0 and <= 3 ? (int)level : throw Errors.ValueError("opt must be 0-3");
    }
}
