using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Vm;

namespace MicroPython.Builtins;

/// <summary>
/// The <c>builtins</c> module of the unix port (builtins-and-modules.md §1, py/modbuiltins.c): fills
/// <see cref="PyRuntime.Builtins"/>, the last step of every global name lookup. The functions themselves live in
/// <see cref="BuiltinFunctions"/>, one partial file per theme.
/// </summary>
/// <remarks>
/// <c>format</c> and <c>vars</c> are deliberately absent: MicroPython's unix port doesn't have them
/// (builtins-and-modules.md §1), and a program using them must fail here as it does there. <c>help</c> belongs
/// to the REPL and is registered by the launcher, like <c>__repl_print__</c>.
/// </remarks>
public static class BuiltinsModule
{
    /// <summary>Registers every built-in function, type, exception and constant in <paramref name="runtime"/>.</summary>
    public static void Populate(PyRuntime runtime)
    {
        var b = runtime.Builtins;
        b.SetItem("__name__", StrObject.Intern("builtins"));

        // ---- functions ------------------------------------------------------------------------------------
        b.SetItem("abs", new BuiltinFunction("abs", BuiltinFunctions.Abs));
        b.SetItem("all", new BuiltinFunction("all", BuiltinFunctions.All) { Consumes = GeneratorConsumption.All });
        b.SetItem("any", new BuiltinFunction("any", BuiltinFunctions.Any) { Consumes = GeneratorConsumption.Any });
        b.SetItem("bin", new BuiltinFunction("bin", BuiltinFunctions.Bin));
        b.SetItem("callable", new BuiltinFunction("callable", BuiltinFunctions.Callable));
        b.SetItem("chr", new BuiltinFunction("chr", BuiltinFunctions.Chr));
        b.SetItem("delattr", new BuiltinFunction("delattr", BuiltinFunctions.DelAttr));
        b.SetItem("dir", new BuiltinFunction("dir", 0, 1, BuiltinFunctions.Dir));
        b.SetItem("divmod", new BuiltinFunction("divmod", BuiltinFunctions.DivMod));
        // Not in MicroPython's unix build, but CPython code reaches for it and Ops.Format already implements it.
        b.SetItem("format", new BuiltinFunction("format", 1, 2, static args =>
            Ops.Format(args[0], args.Length > 1 ? Ops.ToStr(args[1]) : string.Empty)));
        // vars() is absent from MicroPython's unix build too; vars(obj) is obj.__dict__, vars() is locals().
        b.SetItem("vars", new BuiltinFunction("vars", 0, 1, static args =>
            args.Length == 0 ? BuiltinFunctions.Globals() : Ops.LoadAttr(args[0], StrObject.Intern("__dict__"))));
        // ascii() is absent from MicroPython too; %a and !a already escape the same way (Ops.Ascii).
        b.SetItem("ascii", new BuiltinFunction("ascii", static x => new StrObject(Ops.Ascii(x))));
        b.SetItem("getattr", new BuiltinFunction("getattr", 2, 3, BuiltinFunctions.GetAttr));
        b.SetItem("globals", new BuiltinFunction("globals", BuiltinFunctions.Globals));
        b.SetItem("hasattr", new BuiltinFunction("hasattr", BuiltinFunctions.HasAttr));
        b.SetItem("hash", new BuiltinFunction("hash", BuiltinFunctions.Hash));
        b.SetItem("hex", new BuiltinFunction("hex", BuiltinFunctions.Hex));
        b.SetItem("id", new BuiltinFunction("id", BuiltinFunctions.Id));
        b.SetItem("input", new BuiltinFunction("input", 0, 1, BuiltinFunctions.Input));
        b.SetItem("isinstance", new BuiltinFunction("isinstance", BuiltinFunctions.IsInstance));
        b.SetItem("issubclass", new BuiltinFunction("issubclass", BuiltinFunctions.IsSubclass));
        b.SetItem("iter", new BuiltinFunction("iter", 1, 2, BuiltinFunctions.Iter));
        b.SetItem("len", new BuiltinFunction("len", BuiltinFunctions.Len));
        b.SetItem("locals", new BuiltinFunction("locals", BuiltinFunctions.Globals));
        b.SetItem("max", new BuiltinFunction("max", 1, BuiltinFunctions.Max) { Consumes = GeneratorConsumption.Max });
        b.SetItem("min", new BuiltinFunction("min", 1, BuiltinFunctions.Min) { Consumes = GeneratorConsumption.Min });
        b.SetItem("next", new BuiltinFunction("next", 1, 2, BuiltinFunctions.Next));
        b.SetItem("oct", new BuiltinFunction("oct", BuiltinFunctions.Oct));
        b.SetItem("open", new BuiltinFunction("open", 1, BuiltinFunctions.Open));
        b.SetItem("ord", new BuiltinFunction("ord", BuiltinFunctions.Ord));
        b.SetItem("pow", new BuiltinFunction("pow", 2, 3, BuiltinFunctions.Pow));
        b.SetItem("print", new BuiltinFunction("print", 0, BuiltinFunctions.Print));
        b.SetItem("repr", new BuiltinFunction("repr", BuiltinFunctions.Repr));
        b.SetItem("round", new BuiltinFunction("round", 1, 2, BuiltinFunctions.Round));
        b.SetItem("setattr", new BuiltinFunction("setattr", BuiltinFunctions.SetAttr));
        b.SetItem("sorted", new BuiltinFunction("sorted", 1, BuiltinFunctions.Sorted));
        b.SetItem("sum", new BuiltinFunction("sum", 1, BuiltinFunctions.Sum) { Consumes = GeneratorConsumption.Sum });
        b.SetItem("__import__", new BuiltinFunction("__import__", 1, 5, BuiltinFunctions.Import));

        // compile/eval/exec/execfile need the compiler and the VM's Execute.
        BuiltinFunctions.RegisterCompilerFunctions(b);

        b.SetItem("__build_class__", Vm.BuildClass.Function);

        // ---- types ----------------------------------------------------------------------------------------
        b.SetItem("bool", BoolObject.BoolType);
        b.SetItem("bytearray", BytearrayObject.PyType);
        b.SetItem("bytes", BytesObject.PyType);
        b.SetItem("classmethod", ClassMethodObject.PyType);
        b.SetItem("complex", ComplexObject.PyType);
        b.SetItem("dict", DictObject.PyType);
        b.SetItem("enumerate", EnumerateObject.PyType);
        b.SetItem("filter", FilterObject.PyType);
        b.SetItem("float", FloatObject.PyType);
        b.SetItem("frozenset", SetObject.FrozenSetType);
        b.SetItem("int", IntObject.PyType);
        b.SetItem("list", ListObject.PyType);
        b.SetItem("map", MapObject.PyType);
        b.SetItem("memoryview", MemoryviewObject.PyType);
        b.SetItem("object", TypeObject.ObjectType);
        b.SetItem("property", PropertyObject.PyType);
        b.SetItem("range", RangeObject.PyType);
        b.SetItem("reversed", ReversedObject.PyType);
        b.SetItem("set", SetObject.PyType);
        b.SetItem("slice", SliceObject.PyType);
        b.SetItem("staticmethod", StaticMethodObject.PyType);
        b.SetItem("str", StrObject.PyType);
        b.SetItem("super", SuperObject.PyType);
        b.SetItem("tuple", TupleObject.PyType);
        b.SetItem("type", TypeObject.TypeType);
        b.SetItem("zip", ZipObject.PyType);

        // ---- exceptions and constants ---------------------------------------------------------------------
        foreach (var t in ExceptionTypes.All)
        {
            b.SetItem(t.Name, t);
        }

        b.SetItem("NotImplemented", NotImplementedObject.Value);
        b.SetItem("Ellipsis", EllipsisObject.Value);
        b.SetItem("__debug__", BoolObject.From(runtime.OptimizationLevel == 0));
    }
}
