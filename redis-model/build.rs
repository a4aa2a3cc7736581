//! Builds the model's few lines of C: `long double` arithmetic as Redis does it on x86-64.

fn main() {
    println!("cargo:rerun-if-changed=csrc/long_double.c");
    cc::Build::new()
        .file("csrc/long_double.c")
        .warnings(true)
        .compile("ferrous_long_double");
}
