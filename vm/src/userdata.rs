//! Userdata: opaque host objects with a metatable and an environment (5.1's `newproxy`,
//! and host objects the embedder creates).

use std::any::Any;

use crate::value::TableRef;

pub struct UserData {
    pub metatable: Option<TableRef>,
    pub env: TableRef,
    /// A Rust object the library that created the userdata keeps in it (e.g. an open file
    /// for `io`); libraries recognise their own objects by downcasting.
    pub host: Option<Box<dyn Any>>,
}
