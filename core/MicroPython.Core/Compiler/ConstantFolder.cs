using System;
using System.Collections.Generic;
using System.Numerics;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

/// <summary>A tuple whose items are all constants; compiled as one LOAD_CONST_OBJ (a type-10 .mpy constant).</summary>
internal sealed class ConstantTuple : Expr
{
    public ConstantTuple(object?[] values) => Values = values;

    /// <summary>Items as constant-table values (see <see cref="Bytecode.CompiledModule"/>).</summary>
    public object?[] Values { get; }
}

/// <summary>
/// What MicroPython's parser does before the compiler sees the tree, done as one walk in source order
/// (py/parse.c fold_constants, build_tuple, push_result_token): folding of int/float arithmetic and unary
/// operators, <c>x = const(…)</c> and the later uses of <c>x</c>, <c>math.pi</c>-style module constants,
/// <c>__debug__</c>, constant tuples, and the decision whether each long string literal is already interned.
/// </summary>
/// <remarks>
/// The tree is not changed: the code generator asks <see cref="Resolve"/> for the replacement of a node. Folded
/// values get line 0 because MicroPython's folded nodes do not advance the line table.
/// </remarks>
internal sealed class ConstantFolder
{
    // Folding happens with the compiler host's small ints (63 bits on a 64-bit host, as in mpy-cross); whether a
    // folded value is then a small int or a constant object on the target is decided when it is emitted.
    private const int FoldIntBits = 63;

    private static readonly BigInteger s_foldMax = (BigInteger.One << (FoldIntBits - 1)) - 1;
    private static readonly BigInteger s_foldMin = -(BigInteger.One << (FoldIntBits - 1));

    private readonly Dictionary<Expr, Expr> _replacements = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Node> _qstrStrings = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Stmt> _elided = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Expr> _consts = new(StringComparer.Ordinal);
    private readonly StringInterning _interning = new();
    private readonly string _fileName;
    private readonly bool _debug;

    private ConstantFolder(string fileName, CompileOptions options)
    {
        _fileName = fileName;
        _debug = options.OptimizationLevel == 0;
    }

    /// <summary>Walks the whole tree once.</summary>
    /// <exception cref="CompileException"><c>const()</c> of something that is not a constant.</exception>
    public static ConstantFolder Run(Node tree, string fileName, CompileOptions options)
    {
        var folder = new ConstantFolder(fileName, options);
        switch (tree)
        {
            case Module module:
                folder.VisitBody(module.Body);
                break;
            case ExpressionModule expression:
                folder.VisitExpr(expression.Body);
                break;
        }

        return folder;
    }

    /// <summary>The folded replacement of <paramref name="expr"/> (a <see cref="Constant"/> or <see cref="ConstantTuple"/>), or itself.</summary>
    public Expr Resolve(Expr expr) => _replacements.TryGetValue(expr, out Expr? replacement) ? replacement : expr;

    /// <summary>True for <c>_x = const(…)</c>, which produces no code.</summary>
    public bool IsElided(Stmt stmt) => _elided.Contains(stmt);

    /// <summary>
    /// True when the string literal <paramref name="node"/> (a str <see cref="Constant"/>, or a
    /// <see cref="JoinedStr"/> for its lowered format string) is a qstr rather than a constant object.
    /// </summary>
    public bool IsQstrString(Node node, string text) => StringInterning.IsShort(text) || _qstrStrings.Contains(node);

    /// <summary>True when <paramref name="expr"/> (already resolved) is a constant the parser would treat as such.</summary>
    public static bool IsConstant(Expr expr) =>
        expr is Constant || expr is ConstantTuple || (expr is Ast.Tuple t && t.Elts.Count == 0 && t.Ctx == ExprContext.Load);

    /// <summary>Converts a resolved constant expression to its constant-table value.</summary>
    public static object? ValueOf(Expr expr)
    {
        switch (expr)
        {
            case ConstantTuple tuple:
                return tuple.Values;
            case Ast.Tuple:
                return Array.Empty<object?>();
            case Constant c:
                return c.Kind switch
                {
                    ConstantKind.None => null,
                    ConstantKind.True => true,
                    ConstantKind.False => false,
                    ConstantKind.Ellipsis => Bytecode.EllipsisConstant.Instance,
                    ConstantKind.Int => Convert.ToInt64(c.Value, System.Globalization.CultureInfo.InvariantCulture),
                    ConstantKind.BigInt => c.Value is BigInteger b ? b : BigInteger.Parse(Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "0", System.Globalization.CultureInfo.InvariantCulture),
                    ConstantKind.Float => Convert.ToDouble(c.Value, System.Globalization.CultureInfo.InvariantCulture),
                    ConstantKind.Imaginary => new Complex(0, Convert.ToDouble(c.Value, System.Globalization.CultureInfo.InvariantCulture)),
                    ConstantKind.Str => (string?)c.Value ?? "",
                    ConstantKind.Bytes => (byte[]?)c.Value ?? Array.Empty<byte>(),
                    _ => null,
                };
            default:
                throw new InvalidOperationException("not a constant expression");
        }
    }

    private void VisitBody(List<Stmt> body)
    {
        foreach (Stmt stmt in body)
        {
            VisitStmt(stmt);
        }
    }

    private void VisitStmt(Stmt stmt)
    {
        switch (stmt)
        {
            case FunctionDef f:
                VisitExprs(f.Decorators);
                _interning.Intern(f.Name);
                VisitArguments(f.Args);
                VisitOptional(f.Returns);
                VisitBody(f.Body);
                break;
            case ClassDef c:
                VisitExprs(c.Decorators);
                _interning.Intern(c.Name);
                VisitCallArguments(c.Bases, c.Keywords);
                VisitBody(c.Body);
                break;
            case Return r:
                VisitOptional(r.Value);
                break;
            case Delete d:
                VisitExprs(d.Targets);
                break;
            case Assign a:
                VisitExprs(a.Targets);
                VisitExpr(a.Value);
                CheckConstDefinition(a);
                break;
            case AugAssign aug:
                VisitExpr(aug.Target);
                VisitExpr(aug.Value);
                break;
            case AnnAssign ann:
                VisitExpr(ann.Target);
                VisitExpr(ann.Annotation);
                VisitOptional(ann.Value);
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitBody(f.Body);
                VisitBody(f.OrElse);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitBody(w.Body);
                VisitBody(w.OrElse);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitBody(i.Body);
                VisitBody(i.OrElse);
                break;
            case With w:
                foreach (WithItem item in w.Items)
                {
                    VisitExpr(item.ContextExpr);
                    VisitOptional(item.OptionalVars);
                }

                VisitBody(w.Body);
                break;
            case Raise r:
                VisitOptional(r.Exc);
                VisitOptional(r.Cause);
                break;
            case Try t:
                VisitBody(t.Body);
                foreach (ExceptHandler handler in t.Handlers)
                {
                    VisitOptional(handler.Type);
                    if (handler.Name != null)
                    {
                        _interning.Intern(handler.Name);
                    }

                    VisitBody(handler.Body);
                }

                VisitBody(t.OrElse);
                VisitBody(t.FinalBody);
                break;
            case Assert a:
                VisitExpr(a.Test);
                VisitOptional(a.Msg);
                break;
            case Import imp:
                foreach (Alias alias in imp.Names)
                {
                    InternDotted(alias.Name);
                    if (alias.AsName != null)
                    {
                        _interning.Intern(alias.AsName);
                    }
                }

                break;
            case ImportFrom from:
                if (from.Module != null)
                {
                    InternDotted(from.Module);
                }

                foreach (Alias alias in from.Names)
                {
                    _interning.Intern(alias.Name);
                    if (alias.AsName != null)
                    {
                        _interning.Intern(alias.AsName);
                    }
                }

                break;
            case Global g:
                foreach (string name in g.Names)
                {
                    _interning.Intern(name);
                }

                break;
            case Nonlocal n:
                foreach (string name in n.Names)
                {
                    _interning.Intern(name);
                }

                break;
            case ExprStmt e:
                VisitExpr(e.Value);
                break;
        }
    }

    private void InternDotted(string dotted)
    {
        foreach (string part in dotted.Split('.'))
        {
            if (part.Length > 0)
            {
                _interning.Intern(part);
            }
        }
    }

    private void VisitArguments(Arguments args)
    {
        int positional = args.PosOnlyArgs.Count + args.Args.Count;
        int firstDefault = positional - args.Defaults.Count;
        for (int i = 0; i < positional; i++)
        {
            Arg arg = i < args.PosOnlyArgs.Count ? args.PosOnlyArgs[i] : args.Args[i - args.PosOnlyArgs.Count];
            _interning.Intern(arg.Name);
            VisitOptional(arg.Annotation);
            if (i >= firstDefault)
            {
                VisitExpr(args.Defaults[i - firstDefault]);
            }
        }

        if (args.VarArg != null)
        {
            _interning.Intern(args.VarArg.Name);
            VisitOptional(args.VarArg.Annotation);
        }

        for (int i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            _interning.Intern(args.KwOnlyArgs[i].Name);
            VisitOptional(args.KwOnlyArgs[i].Annotation);
            if (i < args.KwDefaults.Count)
            {
                VisitOptional(args.KwDefaults[i]);
            }
        }

        if (args.KwArg != null)
        {
            _interning.Intern(args.KwArg.Name);
            VisitOptional(args.KwArg.Annotation);
        }
    }

    private void VisitCallArguments(List<Expr> args, List<Keyword> keywords)
    {
        foreach (Node item in CallArguments.InSourceOrder(args, keywords))
        {
            if (item is Keyword keyword)
            {
                if (keyword.Name != null)
                {
                    _interning.Intern(keyword.Name);
                }

                VisitExpr(keyword.Value);
            }
            else
            {
                VisitExpr((Expr)item);
            }
        }
    }

    private void VisitExprs(List<Expr> exprs)
    {
        foreach (Expr e in exprs)
        {
            VisitExpr(e);
        }
    }

    private void VisitOptional(Expr? expr)
    {
        if (expr != null)
        {
            VisitExpr(expr);
        }
    }

    /// <summary>Visits <paramref name="expr"/> and its children; returns its resolved form.</summary>
    private Expr VisitExpr(Expr expr)
    {
        switch (expr)
        {
            case Name name:
                return VisitName(name);
            case Constant c:
                if (c.Kind == ConstantKind.Str && c.Value is string s && _interning.NoteLiteral(s) && !StringInterning.IsShort(s))
                {
                    _qstrStrings.Add(c);
                }

                return c;
            case BinOp bin:
            {
                Expr left = VisitExpr(bin.Left);
                Expr right = VisitExpr(bin.Right);
                Constant? folded = FoldBinary(bin.Op, left, right);
                return Replace(bin, folded);
            }

            case Ast.UnaryOp unary:
            {
                Expr operand = VisitExpr(unary.Operand);
                Constant? folded = FoldUnary(unary.Op, operand);
                return Replace(unary, folded);
            }

            case BoolOp b:
                VisitExprs(b.Values);
                return b;
            case NamedExpr n:
                VisitExpr(n.Target);
                VisitExpr(n.Value);
                return n;
            case Lambda l:
                VisitArguments(l.Args);
                VisitExpr(l.Body);
                return l;
            case IfExp i:
                VisitExpr(i.Body);
                VisitExpr(i.Test);
                VisitExpr(i.OrElse);
                return i;
            case Dict d:
                for (int k = 0; k < d.Values.Count; k++)
                {
                    if (k < d.Keys.Count && d.Keys[k] != null)
                    {
                        VisitExpr(d.Keys[k]!);
                    }

                    VisitExpr(d.Values[k]);
                }

                return d;
            case SetDisplay set:
                VisitExprs(set.Elts);
                return set;
            case ComprehensionExpr comp:
                VisitExpr(comp.Element);
                VisitOptional(comp.Value);
                foreach (Comprehension generator in comp.Generators)
                {
                    VisitExpr(generator.Target);
                    VisitExpr(generator.Iter);
                    VisitExprs(generator.Ifs);
                }

                return comp;
            case Await a:
                VisitExpr(a.Value);
                return a;
            case Yield y:
                VisitOptional(y.Value);
                return y;
            case YieldFrom y:
                VisitExpr(y.Value);
                return y;
            case Compare cmp:
                VisitExpr(cmp.Left);
                VisitExprs(cmp.Comparators);
                return cmp;
            case Call call:
                VisitExpr(call.Func);
                VisitCallArguments(call.Args, call.Keywords);
                return call;
            case JoinedStr js:
                VisitJoinedStr(js);
                return js;
            case FormattedValue fv:
                VisitExpr(fv.Value);
                if (fv.FormatSpec != null)
                {
                    VisitJoinedStr(fv.FormatSpec);
                }

                return fv;
            case Ast.Attribute attr:
            {
                Expr value = VisitExpr(attr.Value);
                _interning.Intern(attr.Attr);
                if (value is Name module && module.Id == "math")
                {
                    double? constant = attr.Attr switch
                    {
                        "pi" => Math.PI,
                        "e" => Math.E,
                        "tau" => 2 * Math.PI,
                        "inf" => double.PositiveInfinity,
                        "nan" => double.NaN,
                        _ => null,
                    };
                    if (constant.HasValue)
                    {
                        return Replace(attr, new Constant(ConstantKind.Float, constant.Value) { Line = attr.Line, Column = attr.Column });
                    }
                }

                return attr;
            }

            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                return sub;
            case Starred st:
                VisitExpr(st.Value);
                return st;
            case ListDisplay list:
                VisitExprs(list.Elts);
                return list;
            case Ast.Tuple tuple:
                return VisitTuple(tuple);
            case Slice slice:
                VisitOptional(slice.Lower);
                VisitOptional(slice.Upper);
                VisitOptional(slice.Step);
                return slice;
            default:
                return expr;
        }
    }

    private Expr VisitName(Name name)
    {
        _interning.Intern(name.Id);
        if (_consts.TryGetValue(name.Id, out Expr? value))
        {
            return Replace(name, CopyAt(value, name));
        }

        if (name.Id == "__debug__" && name.Ctx == ExprContext.Load)
        {
            return Replace(name, new Constant(_debug ? ConstantKind.True : ConstantKind.False, _debug) { Line = name.Line, Column = name.Column });
        }

        return name;
    }

    private void VisitJoinedStr(JoinedStr js)
    {
        // The lexer emits the format string first, then ".format(" and the field expressions.
        var args = new List<Expr>();
        string text = FStringLowering.Lower(js, args);
        if (_interning.NoteLiteral(text) && !StringInterning.IsShort(text))
        {
            _qstrStrings.Add(js);
        }

        if (args.Count > 0)
        {
            _interning.Intern("format");
        }

        foreach (Expr part in js.Values)
        {
            if (part is FormattedValue fv)
            {
                VisitExpr(fv);
            }
        }
    }

    private Expr VisitTuple(Ast.Tuple tuple)
    {
        bool allConstant = tuple.Elts.Count > 0 && tuple.Ctx == ExprContext.Load;
        var resolved = new Expr[tuple.Elts.Count];
        for (int i = 0; i < tuple.Elts.Count; i++)
        {
            resolved[i] = VisitExpr(tuple.Elts[i]);
            allConstant &= IsConstant(resolved[i]);
        }

        if (!allConstant)
        {
            return tuple;
        }

        var values = new object?[resolved.Length];
        for (int i = 0; i < resolved.Length; i++)
        {
            values[i] = ValueOf(resolved[i]);
        }

        return Replace(tuple, new ConstantTuple(values) { Line = tuple.Line, Column = tuple.Column });
    }

    /// <summary><c>x = const(value)</c>: remember x; <c>_x = const(value)</c> is not even stored.</summary>
    private void CheckConstDefinition(Assign assign)
    {
        if (assign.Targets.Count != 1
            || assign.Targets[0] is not Name target
            || Resolve(target) != target
            || assign.Value is not Call call
            || call.Func is not Name func
            || func.Id != "const"
            || Resolve(func) != func)
        {
            return;
        }

        Expr? value = call.Args.Count == 1 && call.Keywords.Count == 0 ? Resolve(call.Args[0]) : null;
        if (value == null || !IsConstant(value))
        {
            throw new CompileException(CompileErrorKind.SyntaxError, "not a constant", _fileName, call.Line);
        }

        _consts[target.Id] = value;
        if (target.Id.StartsWith('_'))
        {
            _elided.Add(assign);
        }
        else
        {
            _replacements[call] = value;
        }
    }

    private Expr Replace(Expr original, Expr? replacement)
    {
        if (replacement == null)
        {
            return original;
        }

        _replacements[original] = replacement;
        return replacement;
    }

    /// <summary>A const() value used at another place: same value, the use site's line, same interning.</summary>
    private Expr CopyAt(Expr value, Node at)
    {
        switch (value)
        {
            case Constant c:
                var copy = new Constant(c.Kind, c.Value) { Line = at.Line, Column = at.Column };
                if (_qstrStrings.Contains(c))
                {
                    _qstrStrings.Add(copy);
                }

                return copy;
            case ConstantTuple t:
                return new ConstantTuple(t.Values) { Line = at.Line, Column = at.Column };
            default:
                return value;
        }
    }

    private static bool TryGetNumber(Expr expr, out BigInteger integer, out double real, out bool isFloat)
    {
        integer = default;
        real = 0;
        isFloat = false;
        if (expr is not Constant c)
        {
            return false;
        }

        switch (c.Kind)
        {
            case ConstantKind.Int:
                integer = Convert.ToInt64(c.Value, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            case ConstantKind.BigInt:
                integer = (BigInteger)ValueOf(c)!;
                return true;
            case ConstantKind.Float:
                real = Convert.ToDouble(c.Value, System.Globalization.CultureInfo.InvariantCulture);
                isFloat = true;
                return true;
            default:
                return false;
        }
    }

    private static Constant? IntResult(BigInteger value)
    {
        if (value < s_foldMin || value > s_foldMax)
        {
            // Too big for a host small int: left to run time.
            return null;
        }

        return new Constant(ConstantKind.Int, (long)value);
    }

    private static Constant FloatResult(double value) => new(ConstantKind.Float, value);

    private static Constant? FoldUnary(UnaryOpKind op, Expr operand)
    {
        if (!TryGetNumber(operand, out BigInteger i, out double f, out bool isFloat))
        {
            return null;
        }

        switch (op)
        {
            case UnaryOpKind.UAdd:
                return isFloat ? FloatResult(f) : IntResult(i);
            case UnaryOpKind.USub:
                return isFloat ? FloatResult(-f) : IntResult(-i);
            case UnaryOpKind.Invert:
                return isFloat ? null : IntResult(-i - 1);
            default:
                return null;
        }
    }

    private static Constant? FoldBinary(OperatorKind op, Expr left, Expr right)
    {
        if (!TryGetNumber(left, out BigInteger li, out double lf, out bool lFloat)
            || !TryGetNumber(right, out BigInteger ri, out double rf, out bool rFloat))
        {
            return null;
        }

        if (op == OperatorKind.MatMult)
        {
            return null;
        }

        if (!lFloat && !rFloat)
        {
            return FoldInt(op, li, ri);
        }

        // Mixed int/float arithmetic converts the int; an int too big for a float would raise OverflowError.
        if (!lFloat)
        {
            if (BigInteger.Abs(li).GetBitLength() > 1023)
            {
                return null;
            }

            lf = (double)li;
        }

        if (!rFloat)
        {
            if (BigInteger.Abs(ri).GetBitLength() > 1023)
            {
                return null;
            }

            rf = (double)ri;
        }

        return FoldFloat(op, lf, rf);
    }

    private static Constant? FoldInt(OperatorKind op, BigInteger a, BigInteger b)
    {
        switch (op)
        {
            case OperatorKind.Add:
                return IntResult(a + b);
            case OperatorKind.Sub:
                return IntResult(a - b);
            case OperatorKind.Mult:
                return IntResult(a * b);
            case OperatorKind.BitOr:
                return IntResult(a | b);
            case OperatorKind.BitXor:
                return IntResult(a ^ b);
            case OperatorKind.BitAnd:
                return IntResult(a & b);
            case OperatorKind.LShift:
                if (b.Sign < 0 || (a != 0 && b > FoldIntBits))
                {
                    return null;
                }

                return IntResult(a << (int)b);
            case OperatorKind.RShift:
                if (b.Sign < 0)
                {
                    return null;
                }

                return IntResult(b > 1000 ? (a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : a >> (int)b);
            case OperatorKind.FloorDiv:
            case OperatorKind.Mod:
            {
                if (b.IsZero)
                {
                    return null;
                }

                BigInteger quotient = BigInteger.DivRem(a, b, out BigInteger remainder);
                if (!remainder.IsZero && (remainder.Sign < 0) != (b.Sign < 0))
                {
                    quotient -= 1;
                    remainder += b;
                }

                return IntResult(op == OperatorKind.FloorDiv ? quotient : remainder);
            }

            case OperatorKind.Pow:
                if (b.Sign < 0)
                {
                    return null;
                }

                if (BigInteger.Abs(a) > 1 && b > FoldIntBits)
                {
                    return null;
                }

                return IntResult(BigInteger.Pow(a, (int)b));
            case OperatorKind.Div:
                if (b.IsZero || BigInteger.Abs(a).GetBitLength() > 1023 || BigInteger.Abs(b).GetBitLength() > 1023)
                {
                    return null;
                }

                return FloatResult((double)a / (double)b);
            default:
                return null;
        }
    }

    private static Constant? FoldFloat(OperatorKind op, double a, double b)
    {
        switch (op)
        {
            case OperatorKind.Add:
                return FloatResult(a + b);
            case OperatorKind.Sub:
                return FloatResult(a - b);
            case OperatorKind.Mult:
                return FloatResult(a * b);
            case OperatorKind.Div:
                return b == 0 ? null : FloatResult(a / b);
            case OperatorKind.FloorDiv:
            case OperatorKind.Mod:
            {
                if (b == 0)
                {
                    return null;
                }

                // Python's float divmod (Objects/floatobject.c float_divmod).
                double mod = a % b;
                double div = (a - mod) / b;
                if (mod != 0)
                {
                    if ((b < 0) != (mod < 0))
                    {
                        mod += b;
                        div -= 1.0;
                    }
                }
                else
                {
                    mod = Math.CopySign(0.0, b);
                }

                double floorDiv;
                if (div != 0)
                {
                    floorDiv = Math.Floor(div);
                    if (div - floorDiv > 0.5)
                    {
                        floorDiv += 1.0;
                    }
                }
                else
                {
                    floorDiv = Math.CopySign(0.0, a / b);
                }

                return FloatResult(op == OperatorKind.FloorDiv ? floorDiv : mod);
            }

            case OperatorKind.Pow:
                if (a == 0 && b < 0)
                {
                    // ZeroDivisionError at run time.
                    return null;
                }

                if (a < 0 && b != Math.Floor(b))
                {
                    // The result is complex, which is never folded.
                    return null;
                }

                return FloatResult(Math.Pow(a, b));
            default:
                return null;
        }
    }
}
