//! Userdata: opaque host objects with a metatable and an environment (5.1's `newproxy`,
//! and host objects the embedder creates).

use crate::value::TableRef;

pub struct UserData {
    pub metatable: Option<TableRef>,
    pub env: TableRef,
    pub data: Box<[u8]>,
}
