using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using MicroPython.Bytecode;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

// Expressions (py/compile.c compile_atom_*, compile_*_test, compile_comparison, compile_trailer_*, c_if_cond).
internal sealed partial class CodeGenerator
{
    private void CompileExpr(Expr expr)
    {
        Expr e = _folder.Resolve(expr);
        switch (e)
        {
            case Constant c:
                CompileConstant(c);
                return;
            case ConstantTuple tuple:
                SetLine(tuple);
                _emit.LoadConstObj(tuple.Values);
                return;
            case Name name:
                LoadId(name.Id);
                return;
            default:
                // Every non-leaf node advances the line table, as MicroPython's struct parse nodes do.
                SetLine(e);
                break;
        }

        switch (e)
        {
            case BinOp bin:
                CompileExpr(bin.Left);
                CompileExpr(bin.Right);
                _emit.BinaryOperation(PlainOperator(bin.Op));
                break;
            case Ast.UnaryOp unary:
                CompileExpr(unary.Operand);
                _emit.UnaryOperation(unary.Op switch
                {
                    UnaryOpKind.Invert => Bytecode.UnaryOp.Invert,
                    UnaryOpKind.Not => Bytecode.UnaryOp.Not,
                    UnaryOpKind.UAdd => Bytecode.UnaryOp.Positive,
                    _ => Bytecode.UnaryOp.Negative,
                });
                break;
            case BoolOp boolOp:
                CompileBoolOp(boolOp);
                break;
            case Compare compare:
                CompileCompare(compare);
                break;
            case IfExp ifExp:
                CompileIfExp(ifExp);
                break;
            case Call call:
                CompileCall(call);
                break;
            case Ast.Attribute attr:
                CompileExpr(attr.Value);
                _emit.LoadAttr(attr.Attr);
                break;
            case Subscript sub:
                CompileExpr(sub.Value);
                CompileExpr(sub.Slice);
                _emit.LoadSubscr();
                break;
            case Slice slice:
                CompileSlice(slice);
                break;
            case Ast.Tuple tuple when HasStarred(tuple.Elts):
                CompileStarredTuple(tuple);
                break;
            case ListDisplay list when HasStarred(list.Elts):
                CompileStarredCollection(list.Elts, BuildKind.List, Opcodes.StoreCompList);
                break;
            case SetDisplay set when HasStarred(set.Elts):
                CompileStarredCollection(set.Elts, BuildKind.Set, Opcodes.StoreCompSet);
                break;
            case Ast.Tuple tuple:
                foreach (Expr item in tuple.Elts)
                {
                    CompileExpr(item);
                }

                _emit.Build(tuple.Elts.Count, BuildKind.Tuple);
                break;
            case ListDisplay list:
                foreach (Expr item in list.Elts)
                {
                    CompileExpr(item);
                }

                _emit.Build(list.Elts.Count, BuildKind.List);
                break;
            case Dict dict:
                CompileDict(dict);
                break;
            case SetDisplay set:
                foreach (Expr item in set.Elts)
                {
                    CompileExpr(item);
                }

                _emit.Build(set.Elts.Count, BuildKind.Set);
                break;
            case ComprehensionExpr comprehension:
                CompileComprehension(comprehension);
                break;
            case Lambda lambda:
                CompileLambda(lambda);
                break;
            case Yield yield:
                CheckYieldAllowed(yield, "'yield' outside function");
                if (yield.Value == null)
                {
                    _emit.LoadConstNone();
                }
                else
                {
                    CompileExpr(yield.Value);
                }

                _emit.YieldValue();
                _scope.ScopeFlags |= ScopeFlags.Generator;
                break;
            case YieldFrom yieldFrom:
                CheckYieldAllowed(yieldFrom, "'yield' outside function");
                CompileExpr(yieldFrom.Value);
                CompileYieldFrom();
                break;
            case Await await:
                RequireFeature(_options.AsyncAwait, await);
                CheckYieldAllowed(await, "'await' outside function");
                CompileExpr(await.Value);
                CompileYieldFrom();
                break;
            case NamedExpr named:
                RequireFeature(_options.AssignmentExpressions, named);
                CompileNamedExpr(named);
                break;
            case Starred:
                throw Error(e, "*x must be assignment target");
            case JoinedStr fstring:
                RequireFeature(_options.FStrings, fstring);
                CompileFString(fstring);
                break;
            default:
                throw Error(e, "invalid syntax");
        }
    }

    private void CompileConstant(Constant c)
    {
        switch (c.Kind)
        {
            case ConstantKind.None:
                _emit.LoadConstNone();
                return;
            case ConstantKind.True:
                _emit.LoadConstTrue();
                return;
            case ConstantKind.False:
                _emit.LoadConstFalse();
                return;
            case ConstantKind.Ellipsis:
                _emit.LoadConstObj(EllipsisConstant.Instance);
                return;
            case ConstantKind.Int:
            {
                long value = Convert.ToInt64(c.Value, CultureInfo.InvariantCulture);
                if (FitsSmallInt(value))
                {
                    _emit.LoadConstSmallInt(value);
                }
                else
                {
                    _emit.LoadConstObj(value);
                }

                return;
            }

            case ConstantKind.Str:
            {
                string text = (string?)c.Value ?? "";
                if (_folder.IsQstrString(c, text))
                {
                    _emit.LoadConstString(text);
                    return;
                }

                SetLine(c);
                _emit.LoadConstObj(text);
                return;
            }

            default:
                // Big ints, floats, imaginary numbers and bytes are constant objects (struct nodes with a line).
                SetLine(c);
                _emit.LoadConstObj(NormalizeInt(ConstantFolder.ValueOf(c)));
                return;
        }
    }

    /// <summary>Big ints that fit a long are stored as long, as the constant-table contract says.</summary>
    private static object? NormalizeInt(object? value) =>
        value is BigInteger b && b >= long.MinValue && b <= long.MaxValue ? (long)b : value;

    private bool FitsSmallInt(long value)
    {
        int bits = Math.Clamp(_options.SmallIntBits, 2, 64);
        if (bits >= 64)
        {
            return true;
        }

        long max = (1L << (bits - 1)) - 1;
        return value >= -max - 1 && value <= max;
    }

    private bool IsConstFalse(Expr expr)
    {
        Expr e = _folder.Resolve(expr);
        return e is Constant c && (c.Kind == ConstantKind.False
            || (c.Kind == ConstantKind.Int && Convert.ToInt64(c.Value, CultureInfo.InvariantCulture) == 0));
    }

    private bool IsConstTrue(Expr expr)
    {
        Expr e = _folder.Resolve(expr);
        return e is Constant c && (c.Kind == ConstantKind.True
            || (c.Kind == ConstantKind.Int && Convert.ToInt64(c.Value, CultureInfo.InvariantCulture) != 0));
    }

    /// <summary>
    /// Compiles a condition as jumps: to <paramref name="label"/> when its truth equals <paramref name="jumpIf"/>.
    /// <c>and</c>/<c>or</c>/<c>not</c> become jump chains and constant conditions need no test at all.
    /// </summary>
    private void CIfCond(Expr expr, bool jumpIf, int label)
    {
        if (IsConstFalse(expr))
        {
            if (!jumpIf)
            {
                _emit.Jump(label);
            }

            return;
        }

        if (IsConstTrue(expr))
        {
            if (jumpIf)
            {
                _emit.Jump(label);
            }

            return;
        }

        Expr e = _folder.Resolve(expr);
        if (e is BoolOp boolOp)
        {
            List<Expr> values = boolOp.Values;
            bool isOr = boolOp.Op == BoolOpKind.Or;

            // `or` jumping on false and `and` jumping on true need a local label for the short cut.
            if (isOr != jumpIf)
            {
                int shortCut = _emit.NewLabel();
                for (int i = 0; i < values.Count - 1; i++)
                {
                    CIfCond(values[i], !jumpIf, shortCut);
                }

                CIfCond(values[values.Count - 1], jumpIf, label);
                _emit.LabelAssign(shortCut);
            }
            else
            {
                foreach (Expr value in values)
                {
                    CIfCond(value, jumpIf, label);
                }
            }

            return;
        }

        if (e is Ast.UnaryOp { Op: UnaryOpKind.Not } not)
        {
            CIfCond(not.Operand, !jumpIf, label);
            return;
        }

        CompileExpr(expr);
        _emit.PopJumpIf(jumpIf, label);
    }

    private void CompileBoolOp(BoolOp boolOp)
    {
        int end = _emit.NewLabel();
        for (int i = 0; i < boolOp.Values.Count; i++)
        {
            CompileExpr(boolOp.Values[i]);
            if (i + 1 < boolOp.Values.Count)
            {
                _emit.JumpIfOrPop(boolOp.Op == BoolOpKind.Or, end);
            }
        }

        _emit.LabelAssign(end);
    }

    private void CompileCompare(Compare compare)
    {
        CompileExpr(compare.Left);
        int count = compare.Ops.Count;
        bool chained = count > 1;
        int fail = chained ? _emit.NewLabel() : -1;
        for (int i = 0; i < count; i++)
        {
            CompileExpr(compare.Comparators[i]);
            bool more = i + 1 < count;
            if (more)
            {
                // Keep the right operand for the next comparison.
                _emit.DupTop();
                _emit.RotThree();
            }

            CmpOpKind op = compare.Ops[i];
            switch (op)
            {
                case CmpOpKind.Eq:
                    _emit.BinaryOperation(BinaryOp.Equal);
                    break;
                case CmpOpKind.NotEq:
                    _emit.BinaryOperation(BinaryOp.NotEqual);
                    break;
                case CmpOpKind.Lt:
                    _emit.BinaryOperation(BinaryOp.Less);
                    break;
                case CmpOpKind.LtE:
                    _emit.BinaryOperation(BinaryOp.LessEqual);
                    break;
                case CmpOpKind.Gt:
                    _emit.BinaryOperation(BinaryOp.More);
                    break;
                case CmpOpKind.GtE:
                    _emit.BinaryOperation(BinaryOp.MoreEqual);
                    break;
                case CmpOpKind.Is:
                    _emit.BinaryOperation(BinaryOp.Is);
                    break;
                case CmpOpKind.IsNot:
                    _emit.BinaryOperation(BinaryOp.Is);
                    _emit.UnaryOperation(Bytecode.UnaryOp.Not);
                    break;
                case CmpOpKind.In:
                    _emit.BinaryOperation(BinaryOp.In);
                    break;
                default:
                    _emit.BinaryOperation(BinaryOp.In);
                    _emit.UnaryOperation(Bytecode.UnaryOp.Not);
                    break;
            }

            if (more)
            {
                _emit.JumpIfOrPop(false, fail);
            }
        }

        if (chained)
        {
            // A failed link leaves the kept operand under the False result: drop it.
            int end = _emit.NewLabel();
            _emit.Jump(end);
            _emit.LabelAssign(fail);
            _emit.AdjustStackSize(1);
            _emit.RotTwo();
            _emit.PopTop();
            _emit.LabelAssign(end);
        }
    }

    private void CompileIfExp(IfExp ifExp)
    {
        int fail = _emit.NewLabel();
        int end = _emit.NewLabel();
        CIfCond(ifExp.Test, false, fail);
        CompileExpr(ifExp.Body);
        _emit.Jump(end);
        _emit.LabelAssign(fail);
        _emit.AdjustStackSize(-1);
        CompileExpr(ifExp.OrElse);
        _emit.LabelAssign(end);
    }

    private void CompileSlice(Slice slice)
    {
        if (slice.Lower != null)
        {
            CompileExpr(slice.Lower);
        }
        else
        {
            _emit.LoadConstNone();
        }

        if (slice.Upper != null)
        {
            CompileExpr(slice.Upper);
        }
        else
        {
            _emit.LoadConstNone();
        }

        if (slice.Step != null)
        {
            CompileExpr(slice.Step);
            _emit.Build(3, BuildKind.Slice);
        }
        else
        {
            _emit.Build(2, BuildKind.Slice);
        }
    }

    private void CompileDict(Dict dict)
    {
        _emit.Build(dict.Values.Count, BuildKind.Map);
        for (int i = 0; i < dict.Values.Count; i++)
        {
            Expr? key = i < dict.Keys.Count ? dict.Keys[i] : null;
            if (key == null)
            {
                // {**m} (PEP 448, which MicroPython lacks; CPython behaviour): dict.update(m) in place.
                _emit.DupTop();
                _emit.LoadMethod("update", isSuper: false);
                CompileExpr(dict.Values[i]);
                _emit.CallMethod(1, 0, false);
                _emit.PopTop();
                continue;
            }

            // Each key:value item is a node of its own; the value is pushed before the key.
            SetLine(key);
            CompileExpr(dict.Values[i]);
            CompileExpr(key);
            _emit.StoreMap();
        }
    }

    private static bool HasStarred(List<Expr> elements)
    {
        foreach (Expr e in elements)
        {
            if (e is Starred)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>[*a, b]</c> / <c>{*a, b}</c> (PEP 448, which MicroPython lacks; CPython behaviour): an empty collection
    /// filled in place, single items with STORE_COMP and each starred iterable by an inline FOR_ITER loop.
    /// </summary>
    private void CompileStarredCollection(List<Expr> elements, BuildKind kind, int storeKind)
    {
        _emit.Build(0, kind);
        foreach (Expr e in elements)
        {
            if (e is Starred starred)
            {
                CompileExpr(starred.Value);
                _emit.GetIter(true);
                int top = _emit.NewLabel();
                int end = _emit.NewLabel();
                _emit.LabelAssign(top);
                _emit.ForIter(end);

                // The collection sits below the 4 iterator slots.
                _emit.StoreComp(storeKind, 5);
                _emit.Jump(top);
                _emit.LabelAssign(end);
                _emit.ForIterEnd();
            }
            else
            {
                CompileExpr(e);
                _emit.StoreComp(storeKind, 1);
            }
        }
    }

    /// <summary>
    /// <c>(*a, b)</c> (PEP 448, CPython behaviour): there is no opcode that turns a list into a tuple, so the items
    /// are passed with a star call to a hidden <c>lambda *a: a</c>, whose argument tuple is the result.
    /// </summary>
    private void CompileStarredTuple(Ast.Tuple tuple)
    {
        if (!_tupleBuilders.TryGetValue(tuple, out Lambda? builder))
        {
            var args = new Arguments { VarArg = new Arg("a") };
            builder = new Lambda(args, new Name("a", ExprContext.Load));
            _tupleBuilders.Add(tuple, builder);
        }

        Scope scope = ChildScope(builder, ScopeKind.Lambda, "<lambda>");
        CompileFunctionHeader(scope, builder.Args);
        CompileCallArguments(tuple.Elts, new List<Keyword>(), isMethodCall: false, extraPositional: 0);
    }

    private void CompileCall(Call call)
    {
        Expr func = _folder.Resolve(call.Func);

        if (IsBareSuperCall(call))
        {
            // super() inside a function: super(__class__, <first argument>).
            LoadSuperArguments(call);
            _emit.CallFunction(2, 0, false);
            return;
        }

        if (func is Ast.Attribute method)
        {
            Expr subject = _folder.Resolve(method.Value);
            if (subject is Call superCall && IsBareSuperCall(superCall))
            {
                // super().m(...) resolves the method without making a super object.
                SetLine(superCall);
                LoadSuperArguments(superCall);
                _emit.LoadMethod(method.Attr, isSuper: true);
                CompileCallArguments(call.Args, call.Keywords, isMethodCall: true, extraPositional: 0);
                return;
            }

            CompileExpr(method.Value);
            _emit.LoadMethod(method.Attr, isSuper: false);
            CompileCallArguments(call.Args, call.Keywords, isMethodCall: true, extraPositional: 0);
            return;
        }

        CompileExpr(call.Func);
        CompileCallArguments(call.Args, call.Keywords, isMethodCall: false, extraPositional: 0);
    }

    private bool IsBareSuperCall(Call call) =>
        _scope.Kind == ScopeKind.Function
        && _folder.Resolve(call.Func) is Name { Id: "super" }
        && call.Args.Count == 0
        && call.Keywords.Count == 0;

    private void LoadSuperArguments(Call superCall)
    {
        LoadId("super");
        LoadId("__class__");

        // The first parameter of the method plays the part of self.
        foreach (IdInfo id in _scope.Ids)
        {
            if (id.IsParam)
            {
                LoadId(id.Name);
                return;
            }
        }

        throw Error(superCall, "super() can't find self");
    }

    /// <summary>
    /// Pushes the arguments in source order and emits the call: keywords as name/value pairs, <c>**m</c> as
    /// NULL/m, and with any star argument a small-int bitmap of the <c>*</c> positions (CALL_*_VAR_KW).
    /// </summary>
    private void CompileCallArguments(List<Expr> args, List<Keyword> keywords, bool isMethodCall, int extraPositional)
    {
        List<Node> items = CallArguments.InSourceOrder(args, keywords);
        int nPositional = extraPositional;
        int nKeyword = 0;
        bool hasStar = false;
        bool hasDoubleStar = false;
        long starBitmap = 0;

        for (int i = 0; i < items.Count; i++)
        {
            Node item = items[i];
            if (item is Keyword keyword)
            {
                if (keyword.Name == null)
                {
                    hasDoubleStar = true;
                    _emit.LoadNull();
                    CompileExpr(keyword.Value);
                }
                else
                {
                    _emit.LoadConstString(keyword.Name);
                    CompileExpr(keyword.Value);
                }

                nKeyword++;
            }
            else if (item is Starred starred)
            {
                if (hasDoubleStar)
                {
                    throw Error(starred, "* arg after **");
                }

                if (nKeyword > 0)
                {
                    throw Error(starred, "* arg after kwarg");
                }

                if (i >= _options.SmallIntBits - 1)
                {
                    // The bitmap of star positions must fit a small int.
                    throw Error(starred, "too many args");
                }

                hasStar = true;
                starBitmap |= 1L << i;
                CompileExpr(starred.Value);
                nPositional++;
            }
            else
            {
                var arg = (Expr)item;
                if (hasDoubleStar)
                {
                    throw Error(arg, "positional arg after **");
                }

                if (nKeyword > 0)
                {
                    throw Error(arg, "positional arg after keyword arg");
                }

                CompileExpr(arg);
                nPositional++;
            }
        }

        bool varKw = hasStar || hasDoubleStar;
        if (varKw)
        {
            _emit.LoadConstSmallInt(starBitmap);
        }

        if (isMethodCall)
        {
            _emit.CallMethod(nPositional, nKeyword, varKw);
        }
        else
        {
            _emit.CallFunction(nPositional, nKeyword, varKw);
        }
    }

    private void CheckYieldAllowed(Expr expr, string message)
    {
        if (_scope.Kind != ScopeKind.Function && _scope.Kind != ScopeKind.Lambda)
        {
            throw Error(expr, message);
        }
    }

    /// <summary><c>yield from</c> / <c>await</c>: GET_ITER; LOAD_CONST_NONE; YIELD_FROM.</summary>
    private void CompileYieldFrom()
    {
        _emit.GetIter(false);
        _emit.LoadConstNone();
        _emit.YieldFrom();
        _scope.ScopeFlags |= ScopeFlags.Generator;
    }

    private void CompileNamedExpr(NamedExpr named)
    {
        if (_folder.Resolve(named.Target) is not Name target)
        {
            throw Error(named.Target, "can't assign to expression");
        }

        CompileExpr(named.Value);
        _emit.DupTop();

        // In a comprehension the target belongs to the enclosing scope (PEP 572), honouring its global/nonlocal.
        if (_scopePass && _scope.IsComprehensionLike)
        {
            Scope parent = _scope.Parent!;
            IdInfo parentId = ScopeAnalyzer.NoteModification(parent, target.Id);
            if (parentId.Kind == IdKind.GlobalExplicit)
            {
                _scope.FindOrAdd(target.Id, IdKind.GlobalExplicit);
            }
            else
            {
                IdInfo id = _scope.FindOrAdd(target.Id, IdKind.Undecided);
                bool isGlobal = parent.Parent == null;
                if (!isGlobal && id.Kind == IdKind.GlobalImplicit)
                {
                    id.Kind = IdKind.Undecided;
                }

                string? error = isGlobal ? ScopeAnalyzer.DeclareGlobal(_scope, id) : ScopeAnalyzer.DeclareNonlocal(_scope, id);
                if (error != null)
                {
                    throw Error(named, error);
                }
            }
        }

        StoreId(target.Id);
    }

    /// <summary>An f-string is <c>"…".format(args)</c>; one without fields is just its text.</summary>
    private void CompileFString(JoinedStr fstring)
    {
        var args = new List<Expr>();
        string text = FStringLowering.Lower(fstring, args);
        if (_folder.IsQstrString(fstring, text))
        {
            _emit.LoadConstString(text);
        }
        else
        {
            _emit.LoadConstObj(text);
        }

        if (args.Count == 0)
        {
            return;
        }

        _emit.LoadMethod("format", isSuper: false);
        foreach (Expr arg in args)
        {
            CompileExpr(arg);
        }

        _emit.CallMethod(args.Count, 0, false);
    }
}
