using System;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Sdk.Modules;

/// <summary>The body of a built-in function that takes keywords: one slot per declared parameter, null when not given.</summary>
public delegate PyObject ParsedArgsFunction(ReadOnlySpan<PyObject?> args);

/// <summary>
/// Fills a module object with functions, classes and constants. Argument counts and keywords are checked
/// before the body runs, with MicroPython's <c>TypeError</c> texts (the kernel's <see cref="ArgCheck"/> and
/// <see cref="ArgParser"/>), so a body sees exactly the arguments it declared.
/// </summary>
public sealed class ModuleBuilder
{
    /// <summary>Parameters of a keyword-taking function are parsed on the stack up to this many.</summary>
    private const int MaxParsedParameters = 8;

    /// <summary>Starts an empty module named <paramref name="name"/>.</summary>
    public ModuleBuilder(string name, ModuleContext context)
    {
        Module = new ModuleObject(name);
        Context = context;
    }

    /// <summary>The module being built.</summary>
    public ModuleObject Module { get; }

    /// <summary>The runtime, services and configuration the module is built for.</summary>
    public ModuleContext Context { get; }

    /// <summary>Adds a function without arguments.</summary>
    public ModuleBuilder Function(string name, Func<PyObject> body) => Add(name, new BuiltinFunction(name, body));

    /// <summary>Adds a function of exactly one positional argument.</summary>
    public ModuleBuilder Function(string name, Func<PyObject, PyObject> body) => Add(name, new BuiltinFunction(name, body));

    /// <summary>Adds a function of exactly two positional arguments.</summary>
    public ModuleBuilder Function(string name, Func<PyObject, PyObject, PyObject> body) => Add(name, new BuiltinFunction(name, body));

    /// <summary>Adds a function of exactly three positional arguments.</summary>
    public ModuleBuilder Function(string name, Func<PyObject, PyObject, PyObject, PyObject> body) => Add(name, new BuiltinFunction(name, body));

    /// <summary>Adds a function of <paramref name="minArgs"/> to <paramref name="maxArgs"/> positional arguments (no keywords).</summary>
    public ModuleBuilder Function(string name, int minArgs, int maxArgs, BuiltinVarArgs body) => Add(name, new BuiltinFunction(name, minArgs, maxArgs, body));

    /// <summary>
    /// Adds a function with named parameters: the first <paramref name="required"/> must be given, the first
    /// <paramref name="maxPositional"/> may be given by position, the rest only by keyword. Unknown keywords,
    /// duplicates and missing arguments raise MicroPython's <c>TypeError</c>s.
    /// </summary>
    public ModuleBuilder Function(string name, string[] parameters, int required, int maxPositional, ParsedArgsFunction body)
    {
        if (parameters.Length > MaxParsedParameters)
        {
            throw new ArgumentException($"at most {MaxParsedParameters} parameters are supported", nameof(parameters));
        }

        int count = parameters.Length;
        return Add(name, new BuiltinFunction(name, 0, (args, nKw) =>
        {
            ArgBuffer buffer = default;
            Span<PyObject> raw = buffer;
            Span<PyObject?> slots = raw.Slice(0, count)!;
            ArgParser.Parse(args, nKw, parameters, required, maxPositional, slots);
            return body(slots);
        }));
    }

    /// <summary>Adds a class (a type created with <see cref="TypeObject.CreateBuiltin"/>) under its own name.</summary>
    public ModuleBuilder Class(TypeObject type) => Add(type.Name, type);

    /// <summary>Adds an integer constant.</summary>
    public ModuleBuilder Constant(string name, long value) => Add(name, IntObject.Get(value));

    /// <summary>Adds a string constant.</summary>
    public ModuleBuilder Constant(string name, string value) => Add(name, new StrObject(value));

    /// <summary>Adds any object as a module attribute.</summary>
    public ModuleBuilder Constant(string name, PyObject value) => Add(name, value);

    private ModuleBuilder Add(string name, PyObject value)
    {
        Module.Globals.SetItem(StrObject.Intern(name), value);
        return this;
    }
}
