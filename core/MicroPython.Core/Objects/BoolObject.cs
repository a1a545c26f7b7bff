using System.Text;

namespace MicroPython.Objects;

/// <summary>Python's <c>bool</c>: a subclass of int with exactly two instances.</summary>
public sealed partial class BoolObject : IntObject
{
    public static readonly TypeObject BoolType = TypeObject.CreateBuiltin("bool", IntObject.PyType, InitBoolType, MakeBool);

    public static readonly BoolObject True = new(1);
    public static readonly BoolObject False = new(0);

    private BoolObject(long value)
        : base(BoolType, value)
    {
    }

    public static BoolObject From(bool b) => b ? True : False;

    public override void Print(StringBuilder sb, bool repr) => sb.Append(Value != 0 ? "True" : "False");
}
