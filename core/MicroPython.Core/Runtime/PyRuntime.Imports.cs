using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using MicroPython.Compiler;
using MicroPython.Objects;

namespace MicroPython.Runtime;

// The import system: built-in modules, then `sys.path` folders (a directory is a package, with or without an
// __init__.py, and wins over a same-named .py, as in MicroPython's stat_dir_or_file order).
public sealed partial class PyRuntime
{
    private static readonly StrObject s_nameKey = StrObject.Intern("__name__");
    private static readonly StrObject s_pathKey = StrObject.Intern("__path__");
    private static readonly StrObject s_fileKey = StrObject.Intern("__file__");

    private readonly Dictionary<string, ModuleObject> _builtinModuleCache = new(StringComparer.Ordinal);

    /// <summary>Reads a source file for import; replaceable so ports can serve files from a virtual filesystem.</summary>
    public Func<string, string?> ReadSourceFile { get; set; } = static path => File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;

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
            module.Globals.SetItem(s_pathKey, new StrObject(found.Directory));
            var mainFile = JoinPath(found.Directory, "__main__.py");
            var source = ReadSourceFile(mainFile) ?? throw Errors.ImportError($"no module named '{name}.__main__'");
            ExecuteModuleSource(module, source, mainFile);
            return module;
        }

        ExecuteModuleSource(module, found.Source!, found.FilePath);
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
                var initFile = JoinPath(found.Directory, "__init__.py");
                var initSource = ReadSourceFile(initFile);
                if (initSource != null)
                {
                    ExecuteModuleSource(module, initSource, initFile);
                }
            }
            else
            {
                ExecuteModuleSource(module, found.Source!, found.FilePath);
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

        var module = factory(this);
        _builtinModuleCache[name] = module;
        return module;
    }

    private readonly record struct FoundModule(bool IsPackage, string Directory, string FilePath, string? Source);

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
        if (IsDirectory(candidate.Length == 0 ? "." : candidate))
        {
            return new FoundModule(true, candidate, candidate, null);
        }

        var file = candidate + ".py";
        var source = ReadSourceFile(file);
        if (source != null)
        {
            return new FoundModule(false, directory, file, source);
        }

        return null;
    }

    private static string JoinPath(string directory, string name) =>
        directory.Length == 0 ? name : directory.EndsWith('/') ? directory + name : directory + "/" + name;

    /// <summary>Compiles <paramref name="source"/> as module code and runs it in <paramref name="module"/>'s globals.</summary>
    public void ExecuteModuleSource(ModuleObject module, string source, string fileName)
    {
        module.Globals.SetItem(s_fileKey, new StrObject(fileName));
        var compiled = CompileSource(source, fileName, CompileMode.Exec);
        Execute(compiled, module.Globals);
    }

    /// <summary>Compiles source, turning compile failures into Python <c>SyntaxError</c>/<c>IndentationError</c>.</summary>
    public Bytecode.CompiledModule CompileSource(string source, string fileName, CompileMode mode)
    {
        try
        {
            return PythonCompiler.Compile(source, fileName, mode, new CompileOptions { OptimizationLevel = OptimizationLevel });
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
        var type = ce.Kind == CompileErrorKind.IndentationError ? ExceptionTypes.IndentationError : ExceptionTypes.SyntaxError;
        var exc = new ExceptionObject(type, TupleObject.Create(new StrObject(ce.Message)));
        exc.AddTraceback(ce.FileName, ce.Line, ce.BlockName);
        return new PyException(exc);
    }
}
