using System.Text;
using MicroPython.Bytecode;
using MicroPython.Compiler;

namespace MicroPython.Objects;

/// <summary>
/// The result of <c>compile()</c> (MicroPython's <c>code</c> type): compiled module code that <c>exec</c> and
/// <c>eval</c> run in the namespaces they are given. Prints as <c>&lt;code&gt;</c>.
/// </summary>
public sealed class CompiledCodeObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("code", null);

    public CompiledCodeObject(CompiledModule module, CompileMode mode)
        : base(PyType)
    {
        Module = module;
        Mode = mode;
    }

    public CompiledModule Module { get; }

    public CompileMode Mode { get; }

    public override void Print(StringBuilder sb, bool repr) => sb.Append("<code>");
}
