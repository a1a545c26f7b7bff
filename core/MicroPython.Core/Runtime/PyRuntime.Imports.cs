using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Compiler;
using MicroPython.Mpy;
using MicroPython.Objects;
using MicroPython.Vm;

namespace MicroPython.Runtime;

// The import system: built-in modules, then `sys.path` entries in order. In a folder a directory is a package
// (with or without an __init__.py) and wins over a same-named .py, which wins over a same-named .mpy, as in
// MicroPython's stat_dir_or_file / stat_file_py_or_mpy order. The entry `.frozen` is the virtual folder of the
// frozen modules (FrozenModules), searched by the same rules without touching the filesystem.
public sealed partial class PyRuntime
{
    private static readonly StrObject s_nameKey = StrObject.Intern("__name__");
    private static readonly StrObject s_pathKey = StrObject.Intern("__path__");
    private static readonly StrObject s_fileKey = StrObject.Intern("__file__");

    private readonly Dictionary<string, ModuleObject> _builtinModuleCache = new(StringComparer.Ordinal);

    /// <summary>Reads a source file for import; replaceable so ports can serve files from a virtual filesystem.</summary>
    public Func<string, string?> ReadSourceFile { get; set; } = static path => File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;

    /// <summary>Reads a precompiled (.mpy) file for import, or null when it does not exist; replaceable like <see cref="ReadSourceFile"/>.</summary>
    public Func<string, byte[]?> ReadBinaryFile { get; set; } = static path => File.Exists(path) ? File.ReadAllBytes(path) : null;

    /// <summary>The frozen modules of this runtime's firmware, found through the <c>.frozen</c> entry of <c>sys.path</c>.</summary>
    public FrozenModules Frozen { get; } = new();

    // Frozen code is loaded once and shared by every import (it lives in "flash"; only namespaces take heap).
    private readonly Dictionary<string, CodeObject> _frozenCode = new(StringComparer.Ordinal);

    /// <summary>Tells whether a path is a directory (package candidate); replaceable like <see cref="ReadSourceFile"/>.</summary>
    public Func<string, bool> IsDirectory { get; set; } = static path => Directory.Exists(path);

    /// <summary>
    /// <c>__import__(name, globals, None, fromlist, level)</c>: imports every package along a dotted name and
    /// returns the top-level package, or the leaf module when <paramref name="fromlist"/> is a non-empty tuple.
    /// </summary>
    public PyObject Import(string name, DictObject? globals, PyObject? fromlist, int level)
    {
        if (level > 0)
        {
            name = ResolveRelative(name, globals, level);
        }
        else if (name.Length == 0)
        {
            throw Errors.ValueError(null);
        }

        ModuleObject? top = null;
        ModuleObject? current = null;
        int start = 0;
        while (true)
        {
            int dot = name.IndexOf('.', start);
            string fullName = dot < 0 ? name : name.Substring(0, dot);
            string partName = dot < 0 ? name.Substring(start) : name.Substring(start, dot - start);
            current = ImportOne(fullName, partName, current);
            top ??= current;
            if (dot < 0)
            {
                break;
            }

            start = dot + 1;
        }

        bool wantsLeaf = fromlist is TupleObject t && t.Items.Length > 0 || fromlist is ListObject l && l.Count > 0;
        return wantsLeaf ? current : top;
    }

    /// <summary>Imports a module as <c>__main__</c> (the launcher's <c>-m</c>); a package runs its <c>__main__</c> submodule.</summary>
    public ModuleObject ImportAsMain(string name)
    {
        int dot = name.LastIndexOf('.');
        ModuleObject? parent = null;
        if (dot >= 0)
        {
            parent = (ModuleObject)Import(name.Substring(0, dot), null, TupleObject.Create(StrObject.Intern("*")), 0);
        }

        string part = dot < 0 ? name : name.Substring(dot + 1);
        var found = FindModule(part, parent) ?? throw Errors.ImportError($"no module named '{name}'");
        var module = new ModuleObject("__main__");
        if (found.IsPackage)
        {
            var dir = found.Directory;
            module.Globals.SetItem(s_pathKey, new StrObject(dir));
            var main = FindIn(dir, "__main__") is { IsPackage: false } m ? m : throw Errors.ImportError($"no module named '{name}.__main__'");
            ExecuteFound(module, main);
            return module;
        }

        ExecuteFound(module, found);
        return module;
    }

    private string ResolveRelative(string name, DictObject? globals, int level)
    {
        var nameObj = globals?.GetOrNull(s_nameKey);
        if (nameObj is not StrObject current)
        {
            throw Errors.KeyError(s_nameKey);
        }

        // A package's own name is its base; a plain module's base is its parent package.
        bool isPackage = globals!.GetOrNull(s_pathKey) != null;
        string package = current.Value;
        if (!isPackage)
        {
            int lastDot = package.LastIndexOf('.');
            if (lastDot < 0)
            {
                // MicroPython raises KeyError with the module's name when there is no parent package.
                throw Errors.KeyError(current);
            }

            package = package.Substring(0, lastDot);
        }

        for (int i = 1; i < level; i++)
        {
            int lastDot = package.LastIndexOf('.');
            if (lastDot < 0)
            {
                throw Errors.ImportError("can't perform relative import");
            }

            package = package.Substring(0, lastDot);
        }

        return name.Length == 0 ? package : package + "." + name;
    }

    private ModuleObject ImportOne(string fullName, string partName, ModuleObject? parent)
    {
        var cached = Modules.GetOrNull(StrObject.Intern(fullName));
        if (cached is ModuleObject m)
        {
            return m;
        }

        if (parent == null)
        {
            var builtin = GetBuiltinModule(fullName);
            if (builtin != null)
            {
                return builtin;
            }
        }

        var found = FindModule(partName, parent) ?? throw Errors.ImportError($"no module named '{fullName}'");
        var module = new ModuleObject(fullName);
        var key = StrObject.Intern(fullName);

        // Registered before running so circular imports see the partly initialised module, as in CPython.
        Modules.SetItem(key, module);
        try
        {
            if (found.IsPackage)
            {
                module.Globals.SetItem(s_pathKey, new StrObject(found.Directory));
                if (FindIn(found.Directory, "__init__") is { IsPackage: false } init)
                {
                    ExecuteFound(module, init);
                }
            }
            else
            {
                ExecuteFound(module, found);
            }
        }
        catch
        {
            Modules.Remove(key);
            throw;
        }

        parent?.Globals.SetItem(StrObject.Intern(partName), module);
        return module;
    }

    /// <summary>Returns the built-in module <paramref name="name"/> (created once), or null.</summary>
    public ModuleObject? GetBuiltinModule(string name)
    {
        if (_builtinModuleCache.TryGetValue(name, out var existing))
        {
            return existing;
        }

        if (!BuiltinModules.TryGetValue(name, out var factory))
        {
            return null;
        }

        // Built-in modules are ROM on a board: creating one is not charged and it is not counted as live.
        var heap = Memory.HeapAccountant.Detach();
        ModuleObject module;
        try
        {
            module = factory(this);
        }
        finally
        {
            Memory.HeapAccountant.Attach(heap);
        }

        module.IsBuiltin = true;
        _builtinModuleCache[name] = module;
        return module;
    }

    /// <summary>How a found module's code is obtained.</summary>
    private enum CodeSource
    {
        Package,
        PythonSource,
        MpyFile,
        Frozen,
    }

    /// <summary>
    /// A module found on <c>sys.path</c>: its directory (a package's own folder), the file it comes from (for
    /// <c>__file__</c>; a frozen module's name in the frozen table) and the source text or .mpy bytes read.
    /// </summary>
    private readonly record struct FoundModule(CodeSource Kind, string Directory, string FilePath, string? Source, byte[]? Mpy)
    {
        public bool IsPackage => Kind == CodeSource.Package;
    }

    private FoundModule? FindModule(string partName, ModuleObject? parent)
    {
        if (parent != null)
        {
            if (parent.Globals.GetOrNull(s_pathKey) is StrObject dir)
            {
                return FindIn(dir.Value, partName);
            }

            return null;
        }

        foreach (var entry in Path.AsSpan())
        {
            if (entry is StrObject s)
            {
                var found = FindIn(s.Value, partName);
                if (found != null)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private FoundModule? FindIn(string directory, string partName)
    {
        var candidate = JoinPath(directory, partName);
        if (TryFrozenRelative(candidate, out string? frozenPath))
        {
            return FindFrozen(candidate, frozenPath);
        }

        if (IsDirectory(candidate.Length == 0 ? "." : candidate))
        {
            return new FoundModule(CodeSource.Package, candidate, candidate, null, null);
        }

        var file = candidate + ".py";
        var source = ReadSourceFile(file);
        if (source != null)
        {
            return new FoundModule(CodeSource.PythonSource, directory, file, source, null);
        }

        var mpyFile = candidate + ".mpy";
        var mpy = ReadBinaryFile(mpyFile);
        if (mpy != null)
        {
            return new FoundModule(CodeSource.MpyFile, directory, mpyFile, null, mpy);
        }

        return null;
    }

    /// <summary><c>.frozen/a/b</c> → <c>a/b</c> (and <c>.frozen</c> → empty): the part after the virtual folder.</summary>
    private static bool TryFrozenRelative(string path, out string relative)
    {
        relative = string.Empty;
        if (!path.StartsWith(FrozenModules.PathEntry, StringComparison.Ordinal))
        {
            return false;
        }

        if (path.Length == FrozenModules.PathEntry.Length)
        {
            return true;
        }

        if (path[FrozenModules.PathEntry.Length] != '/')
        {
            return false;
        }

        relative = path.Substring(FrozenModules.PathEntry.Length + 1);
        return true;
    }

    private FoundModule? FindFrozen(string candidate, string relative)
    {
        if (relative.Length == 0)
        {
            return null;
        }

        if (Frozen.IsDirectory(relative))
        {
            return new FoundModule(CodeSource.Package, candidate, candidate, null, null);
        }

        int slash = candidate.LastIndexOf('/');
        string directory = slash < 0 ? string.Empty : candidate.Substring(0, slash);
        foreach (var suffix in s_frozenSuffixes)
        {
            string name = relative + suffix;
            if (Frozen.Find(name) != null)
            {
                return new FoundModule(CodeSource.Frozen, directory, name, null, null);
            }
        }

        return null;
    }

    private static readonly string[] s_frozenSuffixes = [".py", ".mpy"];

    private static string JoinPath(string directory, string name) =>
        directory.Length == 0 ? name : directory.EndsWith('/') ? directory + name : directory + "/" + name;

    /// <summary>Runs a found module's code in <paramref name="module"/>, setting <c>__file__</c> as MicroPython does.</summary>
    private void ExecuteFound(ModuleObject module, FoundModule found)
    {
        switch (found.Kind)
        {
            case CodeSource.Frozen:
                ExecuteFrozen(module, found.FilePath);
                break;
            case CodeSource.MpyFile:
                ExecuteModuleCode(module, LoadMpy(found.Mpy!), found.FilePath);
                break;
            default:
                if (!CompilerEnabled)
                {
                    // A firmware without the compiler can only import frozen and .mpy code (py/builtinimport.c).
                    throw Errors.ImportError(CompilationUnsupported);
                }

                ExecuteModuleSource(module, found.Source!, found.FilePath);
                break;
        }
    }

    /// <summary>Runs the frozen module <paramref name="name"/> (e.g. <c>main.py</c>) in <paramref name="module"/>.</summary>
    public void ExecuteFrozen(ModuleObject module, string name)
    {
        if (!_frozenCode.TryGetValue(name, out var code))
        {
            var compiled = Frozen.Find(name) ?? throw Errors.ImportError($"no module named '{name}'");
            MakeCurrent();
            code = CodeLoader.Load(this, compiled);
            _frozenCode[name] = code;
        }

        // __file__ is the frozen name itself, without the `.frozen/` prefix.
        module.Globals.SetItem(s_fileKey, new StrObject(name));
        Execute(code, module.Globals);
    }

    /// <summary>Parses .mpy bytes (<c>ValueError: incompatible .mpy file</c> when they are not a loadable file).</summary>
    public static CompiledModule LoadMpy(ReadOnlySpan<byte> data) => MpyReader.Read(data);

    /// <summary>Runs already compiled module code in <paramref name="module"/>'s globals, with <c>__file__</c> set.</summary>
    public void ExecuteModuleCode(ModuleObject module, CompiledModule code, string fileName)
    {
        module.Globals.SetItem(s_fileKey, new StrObject(fileName));
        Execute(code, module.Globals);
    }

    /// <summary>Compiles <paramref name="source"/> as module code and runs it in <paramref name="module"/>'s globals.</summary>
    public void ExecuteModuleSource(ModuleObject module, string source, string fileName)
    {
        module.Globals.SetItem(s_fileKey, new StrObject(fileName));
        var compiled = CompileSource(source, fileName, CompileMode.Exec);
        Execute(compiled, module.Globals);
    }

    /// <summary>The error of every compile request when <see cref="CompilerEnabled"/> is false.</summary>
    public const string CompilationUnsupported = "script compilation not supported";

    /// <summary>Compiles source, turning compile failures into Python <c>SyntaxError</c>/<c>IndentationError</c>.</summary>
    public CompiledModule CompileSource(string source, string fileName, CompileMode mode) =>
        CompileSource(source, fileName, mode, printExpressionStatements: false);

    /// <summary>
    /// Compiles source; with <paramref name="printExpressionStatements"/> a whole file prints its non-constant
    /// expression statements as the REPL does (paste mode).
    /// </summary>
    public CompiledModule CompileSource(string source, string fileName, CompileMode mode, bool printExpressionStatements)
    {
        if (!CompilerEnabled)
        {
            // MICROPY_ENABLE_COMPILER off: exec, eval, compile and the REPL have nothing to compile with.
            throw Errors.RuntimeError(CompilationUnsupported);
        }

        try
        {
            var features = CompilerFeatures;
            var options = new CompileOptions
            {
                OptimizationLevel = OptimizationLevel,
                FStrings = features.FStrings,
                AsyncAwait = features.AsyncAwait,
                AssignmentExpressions = features.AssignmentExpressions,
                PrintExpressionStatements = printExpressionStatements,
            };
            return PythonCompiler.Compile(source, fileName, mode, options);
        }
        catch (CompileException ce)
        {
            throw ToSyntaxError(ce);
        }
        catch (InvalidOperationException e) when (e.Message == "bytecode overflow")
        {
            // A jump longer than 2 bytes can encode: MicroPython reports it as a RuntimeError at compile time.
            throw Errors.RuntimeError("bytecode overflow");
        }
    }

    /// <summary>The Python exception for a compile failure, with its one traceback line.</summary>
    public static PyException ToSyntaxError(CompileException ce)
    {
        if (ce.Kind == CompileErrorKind.NotImplemented)
        {
            return Errors.NotImplemented(ce.Message); // raised by MicroPython's lexer before any frame exists
        }

        var type = ce.Kind == CompileErrorKind.IndentationError ? ExceptionTypes.IndentationError : ExceptionTypes.SyntaxError;
        var exc = new ExceptionObject(type, TupleObject.Create(new StrObject(ce.Message)));
        exc.AddTraceback(ce.FileName, ce.Line, ce.BlockName);
        return new PyException(exc);
    }
}
