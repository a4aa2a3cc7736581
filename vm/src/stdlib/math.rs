//! The math library (5.1's lmathlib.c).

use std::f64::consts::PI;

use crate::error::LuaResult;
use crate::state::Vm;
use crate::value::Value;

pub fn open(vm: &mut Vm) {
    let t = vm.heap.new_table(0, 32);
    vm.register(
        t,
        &[
            ("abs", |vm| unary(vm, f64::abs)),
            ("acos", |vm| unary(vm, f64::acos)),
            ("asin", |vm| unary(vm, f64::asin)),
            ("atan", |vm| unary(vm, f64::atan)),
            ("atan2", atan2),
            ("ceil", |vm| unary(vm, f64::ceil)),
            ("cos", |vm| unary(vm, f64::cos)),
            ("cosh", |vm| unary(vm, f64::cosh)),
            ("deg", |vm| unary(vm, |x| x / (PI / 180.0))),
            ("exp", |vm| unary(vm, f64::exp)),
            ("floor", |vm| unary(vm, f64::floor)),
            ("fmod", fmod),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("log", |vm| unary(vm, f64::ln)),
            ("log10", |vm| unary(vm, f64::log10)),
            ("max", max),
            ("min", min),
            ("modf", modf),
            ("pow", pow),
            ("rad", |vm| unary(vm, |x| x * (PI / 180.0))),
            ("random", random),
            ("randomseed", randomseed),
            ("sin", |vm| unary(vm, f64::sin)),
            ("sinh", |vm| unary(vm, f64::sinh)),
            ("sqrt", |vm| unary(vm, f64::sqrt)),
            ("tan", |vm| unary(vm, f64::tan)),
            ("tanh", |vm| unary(vm, f64::tanh)),
        ],
    );
    vm.set_field(t, "pi", Value::Number(PI));
    vm.set_field(t, "huge", Value::Number(f64::INFINITY));
    let fmod = vm.get_field(t, "fmod");
    vm.set_field(t, "mod", fmod);
    let g = vm.globals;
    vm.set_field(g, "math", Value::Table(t));
}

fn unary(vm: &mut Vm, f: fn(f64) -> f64) -> LuaResult<usize> {
    let x = vm.check_number(1)?;
    vm.push(Value::Number(f(x)));
    Ok(1)
}

// atan2, fmod, pow and ldexp check their second argument first: PUC-Rio's C passes both
// checks as arguments of one call, which GCC on x86-64 evaluates right to left.

fn atan2(vm: &mut Vm) -> LuaResult<usize> {
    let x = vm.check_number(2)?;
    let y = vm.check_number(1)?;
    vm.push(Value::Number(y.atan2(x)));
    Ok(1)
}

fn fmod(vm: &mut Vm) -> LuaResult<usize> {
    let b = vm.check_number(2)?;
    let a = vm.check_number(1)?;
    vm.push(Value::Number(a % b));
    Ok(1)
}

fn pow(vm: &mut Vm) -> LuaResult<usize> {
    let b = vm.check_number(2)?;
    let a = vm.check_number(1)?;
    vm.push(Value::Number(a.powf(b)));
    Ok(1)
}

fn modf(vm: &mut Vm) -> LuaResult<usize> {
    let x = vm.check_number(1)?;
    let int = x.trunc();
    // C's modf gives the fraction the sign of `x`, zero included.
    let frac = if x.is_infinite() { 0.0 } else { x - int };
    let frac = frac.copysign(x);
    vm.push(Value::Number(int));
    vm.push(Value::Number(frac));
    Ok(2)
}

/// C's `frexp`: `x = m * 2^e` with `0.5 <= |m| < 1`.
fn split_exponent(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exp + bias)
}

fn frexp(vm: &mut Vm) -> LuaResult<usize> {
    let x = vm.check_number(1)?;
    let (m, e) = split_exponent(x);
    vm.push(Value::Number(m));
    vm.push(Value::Number(e as f64));
    Ok(2)
}

/// C's `ldexp`: `x * 2^e` without intermediate overflow or early underflow.
fn scale_by_power_of_two(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    // Split the last step so that subnormal results round once, as the C function does.
    let half = e / 2;
    x * 2f64.powi(half as i32) * 2f64.powi((e - half) as i32)
}

fn ldexp(vm: &mut Vm) -> LuaResult<usize> {
    let e = vm.check_int(2)?;
    let x = vm.check_number(1)?;
    vm.push(Value::Number(scale_by_power_of_two(x, e)));
    Ok(1)
}

fn min(vm: &mut Vm) -> LuaResult<usize> {
    let mut best = vm.check_number(1)?;
    for i in 2..=vm.arg_count() {
        let x = vm.check_number(i)?;
        if x < best {
            best = x;
        }
    }
    vm.push(Value::Number(best));
    Ok(1)
}

fn max(vm: &mut Vm) -> LuaResult<usize> {
    let mut best = vm.check_number(1)?;
    for i in 2..=vm.arg_count() {
        let x = vm.check_number(i)?;
        if x > best {
            best = x;
        }
    }
    vm.push(Value::Number(best));
    Ok(1)
}

const RAND_MAX: i64 = 2_147_483_647;

fn random(vm: &mut Vm) -> LuaResult<usize> {
    let r = (vm.rng.next_value() as i64 % RAND_MAX) as f64 / RAND_MAX as f64;
    push_random_in_range(vm, r)
}

/// What `math.random(...)` returns for the fraction `r` in `[0, 1)`: `r` itself, or an
/// integer in the requested range (5.1's `math_random`, whose range arithmetic is C `int`).
pub(crate) fn push_random_in_range(vm: &mut Vm, r: f64) -> LuaResult<usize> {
    let value = match vm.arg_count() {
        0 => r,
        1 => {
            let upper = vm.check_int(1)?;
            if upper < 1 {
                return Err(vm.arg_error(1, "interval is empty"));
            }
            (r * upper as f64).floor() + 1.0
        }
        2 => {
            let lower = vm.check_int(1)?;
            let upper = vm.check_int(2)?;
            if lower > upper {
                return Err(vm.arg_error(2, "interval is empty"));
            }
            let span = (upper as i32).wrapping_sub(lower as i32).wrapping_add(1);
            (r * span as f64).floor() + lower as f64
        }
        _ => return Err(vm.native_error(b"wrong number of arguments")),
    };
    vm.push(Value::Number(value));
    Ok(1)
}

fn randomseed(vm: &mut Vm) -> LuaResult<usize> {
    let seed = vm.check_int(1)?;
    vm.rng.seed(seed as u32);
    Ok(0)
}

/// The C library's `rand()` as glibc implements it (the additive feedback generator of
/// `random()`, TYPE_3), which PUC-Rio 5.1's `math.random` calls. Each VM has its own, starting
/// as a fresh process does (`srand(1)`).
pub struct CRand {
    state: [u32; 31],
    front: usize,
    rear: usize,
}

impl Default for CRand {
    fn default() -> Self {
        let mut r = CRand {
            state: [0; 31],
            front: 3,
            rear: 0,
        };
        r.seed(1);
        r
    }
}

impl CRand {
    pub fn seed(&mut self, seed: u32) {
        let mut word = if seed == 0 { 1 } else { seed as i32 as i64 };
        self.state[0] = word as u32;
        for i in 1..31 {
            let hi = word / 127_773;
            let lo = word % 127_773;
            word = 16_807 * lo - 2_836 * hi;
            if word < 0 {
                word += 2_147_483_647;
            }
            self.state[i] = word as u32;
        }
        self.front = 3;
        self.rear = 0;
        for _ in 0..310 {
            self.next_value();
        }
    }

    /// The next `rand()` value, in `0..=RAND_MAX`.
    pub fn next_value(&mut self) -> u32 {
        let sum = self.state[self.front].wrapping_add(self.state[self.rear]);
        self.state[self.front] = sum;
        self.front = (self.front + 1) % 31;
        self.rear = (self.rear + 1) % 31;
        sum >> 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crand_matches_glibc_rand() {
        // First values of glibc's rand() after srand(1) and srand(42).
        let mut r = CRand::default();
        assert_eq!(r.next_value(), 1_804_289_383);
        assert_eq!(r.next_value(), 846_930_886);
        r.seed(42);
        assert_eq!(r.next_value(), 71_876_166);
    }

    #[test]
    fn frexp_and_ldexp_agree_with_c() {
        assert_eq!(split_exponent(8.0), (0.5, 4));
        assert_eq!(split_exponent(-0.75), (-0.75, 0));
        assert_eq!(split_exponent(5e-324), (0.5, -1073));
        assert_eq!(scale_by_power_of_two(1.0, 1100), f64::INFINITY);
        assert_eq!(scale_by_power_of_two(1.0, -1074), 5e-324);
        assert_eq!(scale_by_power_of_two(0.75, 3), 6.0);
    }
}
