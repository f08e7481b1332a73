// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const flashbackEvent_message = validate20;
const schema31 = {"$id":"flashbackEvent_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"flashback_event"},"data":{"$ref":"components.json#/$defs/FlashbackEvent"}}}]};
const schema33 = {"title":"WsEnvelope","description":"Every WebSocket message, in both directions, is one JSON text frame with this envelope.","type":"object","required":["message_type","data"],"properties":{"message_type":{"type":"string"},"data":{},"timestamp":{"type":"number","description":"Unix time in seconds with a millisecond fraction. The server sets it on every message it sends; clients may leave it out."},"scn":{"type":"integer","minimum":1,"description":"SCN of the commit the message reports, on messages about committed changes."},"subscription_id":{"type":"string","minLength":1,"maxLength":128,"description":"On /api/v1/ws only: the subscription a message belongs to."}},"additionalProperties":false};
const schema34 = {"title":"FlashbackEvent","description":"A flashback operation: a query, a restore, a reversal, a restore point, or a purge of the change log.","type":"object","required":["operation","tables","targetScn","scn","rows","restorePoint","at"],"properties":{"operation":{"type":"string","enum":["query","versions","table","database","transaction","restore_point_created","restore_point_dropped","history_purged"]},"tables":{"type":"array","items":{"type":"string"},"description":"The tables read or changed."},"targetScn":{"type":["integer","null"],"minimum":0,"description":"The point gone back to (for versions, the end of the range; for a purge, the new oldest SCN)."},"scn":{"type":["integer","null"],"minimum":1,"description":"The commit a restore or reversal made."},"rows":{"type":"integer","minimum":0,"description":"Rows returned, rows changed, or changes purged."},"restorePoint":{"type":["string","null"]},"at":{"type":"string","format":"date-time"}},"additionalProperties":false};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="flashbackEvent_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("flashback_event" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "flashback_event"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.operation === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.tables === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "tables"},message:"must have required property '"+"tables"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.targetScn === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "targetScn"},message:"must have required property '"+"targetScn"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.scn === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "scn"},message:"must have required property '"+"scn"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.rows === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.restorePoint === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "restorePoint"},message:"must have required property '"+"restorePoint"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.at === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data5){
if(!(((((((key1 === "operation") || (key1 === "tables")) || (key1 === "targetScn")) || (key1 === "scn")) || (key1 === "rows")) || (key1 === "restorePoint")) || (key1 === "at"))){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.operation !== undefined){
let data6 = data5.operation;
if(typeof data6 !== "string"){
const err20 = {instancePath:instancePath+"/data/operation",schemaPath:"components.json#/$defs/FlashbackEvent/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((((((data6 === "query") || (data6 === "versions")) || (data6 === "table")) || (data6 === "database")) || (data6 === "transaction")) || (data6 === "restore_point_created")) || (data6 === "restore_point_dropped")) || (data6 === "history_purged"))){
const err21 = {instancePath:instancePath+"/data/operation",schemaPath:"components.json#/$defs/FlashbackEvent/properties/operation/enum",keyword:"enum",params:{allowedValues: schema34.properties.operation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.tables !== undefined){
let data7 = data5.tables;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err22 = {instancePath:instancePath+"/data/tables/" + i0,schemaPath:"components.json#/$defs/FlashbackEvent/properties/tables/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/data/tables",schemaPath:"components.json#/$defs/FlashbackEvent/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.targetScn !== undefined){
let data9 = data5.targetScn;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
const err24 = {instancePath:instancePath+"/data/targetScn",schemaPath:"components.json#/$defs/FlashbackEvent/properties/targetScn/type",keyword:"type",params:{type: schema34.properties.targetScn.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err25 = {instancePath:instancePath+"/data/targetScn",schemaPath:"components.json#/$defs/FlashbackEvent/properties/targetScn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data5.scn !== undefined){
let data10 = data5.scn;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
const err26 = {instancePath:instancePath+"/data/scn",schemaPath:"components.json#/$defs/FlashbackEvent/properties/scn/type",keyword:"type",params:{type: schema34.properties.scn.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/data/scn",schemaPath:"components.json#/$defs/FlashbackEvent/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data5.rows !== undefined){
let data11 = data5.rows;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err28 = {instancePath:instancePath+"/data/rows",schemaPath:"components.json#/$defs/FlashbackEvent/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err29 = {instancePath:instancePath+"/data/rows",schemaPath:"components.json#/$defs/FlashbackEvent/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data5.restorePoint !== undefined){
let data12 = data5.restorePoint;
if((typeof data12 !== "string") && (data12 !== null)){
const err30 = {instancePath:instancePath+"/data/restorePoint",schemaPath:"components.json#/$defs/FlashbackEvent/properties/restorePoint/type",keyword:"type",params:{type: schema34.properties.restorePoint.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.at !== undefined){
let data13 = data5.at;
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
const err31 = {instancePath:instancePath+"/data/at",schemaPath:"components.json#/$defs/FlashbackEvent/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/data/at",schemaPath:"components.json#/$defs/FlashbackEvent/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/FlashbackEvent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const auditEntry_message = validate22;
const schema35 = {"$id":"auditEntry_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"audit_entry"},"data":{"$ref":"components.json#/$defs/AuditEntry"}}}]};
const schema37 = {"title":"AuditEntry","description":"One record of the audit trail: who did what, from where, with what outcome. Records cannot be changed or deleted through any API.","type":"object","required":["id","time","userId","username","via","ip","surface","operation","target","outcome","status","requestId","detail"],"properties":{"id":{"type":"integer","minimum":1,"description":"Increases with each record."},"time":{"type":"string","format":"date-time"},"userId":{"type":["string","null"]},"username":{"type":["string","null"],"description":"The user acting, or the name tried in a failed sign-in."},"via":{"type":"string","enum":["token","api_key","password","none"],"description":"How the caller authenticated."},"ip":{"type":["string","null"]},"surface":{"type":"string","enum":["rest","graphql","websocket"]},"operation":{"type":"string","description":"The operationId, GraphQL field or channel."},"target":{"type":["string","null"],"description":"What the operation acted on: a path, a table, a user."},"outcome":{"type":"string","enum":["success","failure","denied"]},"status":{"type":["integer","null"],"description":"The HTTP status, where there is one."},"requestId":{"type":["string","null"]},"detail":{"type":["string","null"]}},"additionalProperties":false};
const func5 = Object.prototype.hasOwnProperty;

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="auditEntry_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("audit_entry" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "audit_entry"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.time === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.userId === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.username === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.via === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "via"},message:"must have required property '"+"via"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.ip === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "ip"},message:"must have required property '"+"ip"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.surface === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "surface"},message:"must have required property '"+"surface"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.operation === undefined){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.target === undefined){
const err20 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.outcome === undefined){
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.status === undefined){
const err22 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.requestId === undefined){
const err23 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "requestId"},message:"must have required property '"+"requestId"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.detail === undefined){
const err24 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data5){
if(!(func5.call(schema37.properties, key1))){
const err25 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.id !== undefined){
let data6 = data5.id;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err26 = {instancePath:instancePath+"/data/id",schemaPath:"components.json#/$defs/AuditEntry/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err27 = {instancePath:instancePath+"/data/id",schemaPath:"components.json#/$defs/AuditEntry/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data5.time !== undefined){
let data7 = data5.time;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err28 = {instancePath:instancePath+"/data/time",schemaPath:"components.json#/$defs/AuditEntry/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/data/time",schemaPath:"components.json#/$defs/AuditEntry/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.userId !== undefined){
let data8 = data5.userId;
if((typeof data8 !== "string") && (data8 !== null)){
const err30 = {instancePath:instancePath+"/data/userId",schemaPath:"components.json#/$defs/AuditEntry/properties/userId/type",keyword:"type",params:{type: schema37.properties.userId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.username !== undefined){
let data9 = data5.username;
if((typeof data9 !== "string") && (data9 !== null)){
const err31 = {instancePath:instancePath+"/data/username",schemaPath:"components.json#/$defs/AuditEntry/properties/username/type",keyword:"type",params:{type: schema37.properties.username.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.via !== undefined){
let data10 = data5.via;
if(typeof data10 !== "string"){
const err32 = {instancePath:instancePath+"/data/via",schemaPath:"components.json#/$defs/AuditEntry/properties/via/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((((data10 === "token") || (data10 === "api_key")) || (data10 === "password")) || (data10 === "none"))){
const err33 = {instancePath:instancePath+"/data/via",schemaPath:"components.json#/$defs/AuditEntry/properties/via/enum",keyword:"enum",params:{allowedValues: schema37.properties.via.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data5.ip !== undefined){
let data11 = data5.ip;
if((typeof data11 !== "string") && (data11 !== null)){
const err34 = {instancePath:instancePath+"/data/ip",schemaPath:"components.json#/$defs/AuditEntry/properties/ip/type",keyword:"type",params:{type: schema37.properties.ip.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data5.surface !== undefined){
let data12 = data5.surface;
if(typeof data12 !== "string"){
const err35 = {instancePath:instancePath+"/data/surface",schemaPath:"components.json#/$defs/AuditEntry/properties/surface/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(((data12 === "rest") || (data12 === "graphql")) || (data12 === "websocket"))){
const err36 = {instancePath:instancePath+"/data/surface",schemaPath:"components.json#/$defs/AuditEntry/properties/surface/enum",keyword:"enum",params:{allowedValues: schema37.properties.surface.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data5.operation !== undefined){
if(typeof data5.operation !== "string"){
const err37 = {instancePath:instancePath+"/data/operation",schemaPath:"components.json#/$defs/AuditEntry/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data5.target !== undefined){
let data14 = data5.target;
if((typeof data14 !== "string") && (data14 !== null)){
const err38 = {instancePath:instancePath+"/data/target",schemaPath:"components.json#/$defs/AuditEntry/properties/target/type",keyword:"type",params:{type: schema37.properties.target.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data5.outcome !== undefined){
let data15 = data5.outcome;
if(typeof data15 !== "string"){
const err39 = {instancePath:instancePath+"/data/outcome",schemaPath:"components.json#/$defs/AuditEntry/properties/outcome/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!(((data15 === "success") || (data15 === "failure")) || (data15 === "denied"))){
const err40 = {instancePath:instancePath+"/data/outcome",schemaPath:"components.json#/$defs/AuditEntry/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema37.properties.outcome.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data5.status !== undefined){
let data16 = data5.status;
if((!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) && (data16 !== null)){
const err41 = {instancePath:instancePath+"/data/status",schemaPath:"components.json#/$defs/AuditEntry/properties/status/type",keyword:"type",params:{type: schema37.properties.status.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data5.requestId !== undefined){
let data17 = data5.requestId;
if((typeof data17 !== "string") && (data17 !== null)){
const err42 = {instancePath:instancePath+"/data/requestId",schemaPath:"components.json#/$defs/AuditEntry/properties/requestId/type",keyword:"type",params:{type: schema37.properties.requestId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data5.detail !== undefined){
let data18 = data5.detail;
if((typeof data18 !== "string") && (data18 !== null)){
const err43 = {instancePath:instancePath+"/data/detail",schemaPath:"components.json#/$defs/AuditEntry/properties/detail/type",keyword:"type",params:{type: schema37.properties.detail.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const tableModified_message = validate23;
const schema38 = {"$id":"tableModified_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","required":["scn"],"properties":{"message_type":{"const":"table_modified"},"data":{"$ref":"components.json#/$defs/ChangeEvent"}}}]};
const schema40 = {"title":"ChangeEvent","description":"One row change from the change log.","type":"object","required":["table","operation","row_id","row_data","old_row_data","transaction_id","changed_at"],"properties":{"table":{"type":"string"},"operation":{"type":"string","enum":["INSERT","UPDATE","DELETE"]},"row_id":{"type":"string"},"row_data":{"type":["object","null"],"additionalProperties":{"$ref":"components.json#/$defs/SqlValue"},"description":"The row after the change; null for DELETE."},"old_row_data":{"type":["object","null"],"additionalProperties":{"$ref":"components.json#/$defs/SqlValue"},"description":"The row before the change; null for INSERT."},"transaction_id":{"type":["string","null"],"description":"The interactive transaction that made the change, null for autocommit work."},"changed_at":{"type":"string","format":"date-time"}},"additionalProperties":false};
const schema41 = {"title":"SqlValue","description":"A value as the engine returns it: text, number, null, or a BLOB written as {\"$hex\": \"...\"}.","anyOf":[{"type":["string","number","null"]},{"$ref":"components.json#/$defs/Blob"}]};
const schema42 = {"title":"Blob","description":"A BLOB value, hex-encoded.","type":"object","required":["$hex"],"properties":{"$hex":{"type":"string","pattern":"^([0-9a-fA-F]{2})*$"}},"additionalProperties":false};
const pattern4 = new RegExp("^([0-9a-fA-F]{2})*$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(((typeof data !== "string") && (!((typeof data == "number") && (isFinite(data))))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: schema41.anyOf[0].type},message:"must be string,number,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.$hex === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/Blob/required",keyword:"required",params:{missingProperty: "$hex"},message:"must have required property '"+"$hex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "$hex")){
const err2 = {instancePath,schemaPath:"components.json#/$defs/Blob/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$hex !== undefined){
let data0 = data.$hex;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/$hex",schemaPath:"components.json#/$defs/Blob/properties/%24hex/pattern",keyword:"pattern",params:{pattern: "^([0-9a-fA-F]{2})*$"},message:"must match pattern \""+"^([0-9a-fA-F]{2})*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/$hex",schemaPath:"components.json#/$defs/Blob/properties/%24hex/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"components.json#/$defs/Blob/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate25.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate25.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.table === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table"},message:"must have required property '"+"table"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.operation === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.row_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "row_id"},message:"must have required property '"+"row_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.row_data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "row_data"},message:"must have required property '"+"row_data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.old_row_data === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "old_row_data"},message:"must have required property '"+"old_row_data"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.transaction_id === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "transaction_id"},message:"must have required property '"+"transaction_id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.changed_at === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changed_at"},message:"must have required property '"+"changed_at"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "table") || (key0 === "operation")) || (key0 === "row_id")) || (key0 === "row_data")) || (key0 === "old_row_data")) || (key0 === "transaction_id")) || (key0 === "changed_at"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.table !== undefined){
if(typeof data.table !== "string"){
const err8 = {instancePath:instancePath+"/table",schemaPath:"#/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.operation !== undefined){
let data1 = data.operation;
if(typeof data1 !== "string"){
const err9 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data1 === "INSERT") || (data1 === "UPDATE")) || (data1 === "DELETE"))){
const err10 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/enum",keyword:"enum",params:{allowedValues: schema40.properties.operation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.row_id !== undefined){
if(typeof data.row_id !== "string"){
const err11 = {instancePath:instancePath+"/row_id",schemaPath:"#/properties/row_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.row_data !== undefined){
let data3 = data.row_data;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)){
const err12 = {instancePath:instancePath+"/row_data",schemaPath:"#/properties/row_data/type",keyword:"type",params:{type: schema40.properties.row_data.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(validate25(data3[key1], {instancePath:instancePath+"/row_data/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
}
if(data.old_row_data !== undefined){
let data5 = data.old_row_data;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
const err13 = {instancePath:instancePath+"/old_row_data",schemaPath:"#/properties/old_row_data/type",keyword:"type",params:{type: schema40.properties.old_row_data.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!(validate25(data5[key2], {instancePath:instancePath+"/old_row_data/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
}
if(data.transaction_id !== undefined){
let data7 = data.transaction_id;
if((typeof data7 !== "string") && (data7 !== null)){
const err14 = {instancePath:instancePath+"/transaction_id",schemaPath:"#/properties/transaction_id/type",keyword:"type",params:{type: schema40.properties.transaction_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.changed_at !== undefined){
let data8 = data.changed_at;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err15 = {instancePath:instancePath+"/changed_at",schemaPath:"#/properties/changed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/changed_at",schemaPath:"#/properties/changed_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tableModified_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scn === undefined){
const err11 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "scn"},message:"must have required property '"+"scn"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.message_type !== undefined){
if("table_modified" !== data.message_type){
const err12 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "table_modified"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate24(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const error_message = validate29;
const schema43 = {"$id":"error_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"error"},"data":{"$ref":"components.json#/$defs/ChannelError"}}}]};
const schema45 = {"title":"ChannelError","type":"object","required":["code","message"],"properties":{"code":{"type":"string","description":"The same codes as problem+json and GraphQL extensions.code.","examples":["VALIDATION_FAILED"]},"message":{"type":"string"},"errors":{"type":"array","items":{"type":"object","required":["pointer","message"],"properties":{"pointer":{"type":"string"},"message":{"type":"string"}},"additionalProperties":false}}},"additionalProperties":false};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="error_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("error" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.code === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/ChannelError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.message === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/ChannelError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "code") || (key1 === "message")) || (key1 === "errors"))){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/ChannelError/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.code !== undefined){
if(typeof data5.code !== "string"){
const err15 = {instancePath:instancePath+"/data/code",schemaPath:"components.json#/$defs/ChannelError/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.message !== undefined){
if(typeof data5.message !== "string"){
const err16 = {instancePath:instancePath+"/data/message",schemaPath:"components.json#/$defs/ChannelError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.errors !== undefined){
let data8 = data5.errors;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.pointer === undefined){
const err17 = {instancePath:instancePath+"/data/errors/" + i0,schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/required",keyword:"required",params:{missingProperty: "pointer"},message:"must have required property '"+"pointer"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9.message === undefined){
const err18 = {instancePath:instancePath+"/data/errors/" + i0,schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data9){
if(!((key2 === "pointer") || (key2 === "message"))){
const err19 = {instancePath:instancePath+"/data/errors/" + i0,schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.pointer !== undefined){
if(typeof data9.pointer !== "string"){
const err20 = {instancePath:instancePath+"/data/errors/" + i0+"/pointer",schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.message !== undefined){
if(typeof data9.message !== "string"){
const err21 = {instancePath:instancePath+"/data/errors/" + i0+"/message",schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/data/errors/" + i0,schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/data/errors",schemaPath:"components.json#/$defs/ChannelError/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/ChannelError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const query_message = validate30;
const schema46 = {"$id":"query_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query"},"data":{"$ref":"components.json#/$defs/QueryStreamRequest"}}}]};
const schema48 = {"title":"QueryStreamRequest","type":"object","required":["sql"],"properties":{"query_id":{"type":"string","minLength":1,"maxLength":128,"description":"Chosen by the client to tell its queries apart; the server makes one up when absent."},"sql":{"type":"string","minLength":1,"maxLength":1000000,"description":"One read-only statement."},"params":{"$ref":"components.json#/$defs/SqlParams"},"batch_size":{"type":"integer","minimum":1,"maximum":10000,"default":500,"description":"Rows per query_rows message."}},"additionalProperties":false};
const schema49 = {"title":"SqlParams","description":"Bound parameters: an array for positional ? placeholders (consumed in order across the statements of a script), or an object for named :name, @name or $name placeholders.","oneOf":[{"type":"array","items":{"$ref":"components.json#/$defs/SqlInput"},"maxItems":32766},{"type":"object","additionalProperties":{"$ref":"components.json#/$defs/SqlInput"}}]};
const schema50 = {"title":"SqlInput","description":"A value to store or bind: text, number, null, a BLOB as {\"$hex\": \"...\"}, a boolean (stored as 1 or 0), or any other object or array (stored as JSON text).","type":["string","number","boolean","null","object","array"]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(Array.isArray(data)){
if(data.length > 32766){
const err0 = {instancePath,schemaPath:"#/oneOf/0/maxItems",keyword:"maxItems",params:{limit: 32766},message:"must NOT have more than 32766 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if((((typeof data0 != "object") && (typeof data0 !== "string")) && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"components.json#/$defs/SqlInput/type",keyword:"type",params:{type: schema50.type},message:"must be string,number,boolean,null,object,array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var items0 = true;
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data1 = data[key0];
if((((typeof data1 != "object") && (typeof data1 !== "string")) && (!((typeof data1 == "number") && (isFinite(data1))))) && (typeof data1 !== "boolean")){
const err3 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"components.json#/$defs/SqlInput/type",keyword:"type",params:{type: schema50.type},message:"must be string,number,boolean,null,object,array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate32.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate32.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.batch_size === undefined){
data.batch_size = 500;
}
if(data.sql === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sql"},message:"must have required property '"+"sql"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "query_id") || (key0 === "sql")) || (key0 === "params")) || (key0 === "batch_size"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.query_id !== undefined){
let data0 = data.query_id;
if(typeof data0 === "string"){
if(func1(data0) > 128){
const err2 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.sql !== undefined){
let data1 = data.sql;
if(typeof data1 === "string"){
if(func1(data1) > 1000000){
const err5 = {instancePath:instancePath+"/sql",schemaPath:"#/properties/sql/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/sql",schemaPath:"#/properties/sql/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/sql",schemaPath:"#/properties/sql/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.params !== undefined){
if(!(validate32(data.params, {instancePath:instancePath+"/params",parentData:data,parentDataProperty:"params",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
let data3 = data.batch_size;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 10000 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="query_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate31(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const cancel_message = validate35;
const schema52 = {"$id":"cancel_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"cancel"},"data":{"$ref":"components.json#/$defs/QueryRef"}}}]};
const schema54 = {"title":"QueryRef","type":"object","required":["query_id"],"properties":{"query_id":{"type":"string","minLength":1,"maxLength":128}},"additionalProperties":false};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="cancel_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("cancel" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "cancel"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.query_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryRef/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!(key1 === "query_id")){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.query_id !== undefined){
let data6 = data5.query_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryRef/properties/query_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryRef/properties/query_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryRef/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryStarted_message = validate36;
const schema55 = {"$id":"queryStarted_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_started"},"data":{"$ref":"components.json#/$defs/QueryStarted"}}}]};
const schema57 = {"title":"QueryStarted","type":"object","required":["query_id","columns"],"properties":{"query_id":{"type":"string"},"columns":{"type":"array","items":{"$ref":"components.json#/$defs/ResultColumn"}}},"additionalProperties":false};
const schema58 = {"title":"ResultColumn","type":"object","required":["name","type"],"properties":{"name":{"type":"string"},"type":{"type":["string","null"],"description":"Declared type of the source column, null for expressions."},"table":{"type":["string","null"]}},"additionalProperties":false};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.columns === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "query_id") || (key0 === "columns"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.query_id !== undefined){
if(typeof data.query_id !== "string"){
const err3 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.columns !== undefined){
let data1 = data.columns;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err4 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"components.json#/$defs/ResultColumn/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.type === undefined){
const err5 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"components.json#/$defs/ResultColumn/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "name") || (key1 === "type")) || (key1 === "table"))){
const err6 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"components.json#/$defs/ResultColumn/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err7 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"components.json#/$defs/ResultColumn/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.type !== undefined){
let data4 = data2.type;
if((typeof data4 !== "string") && (data4 !== null)){
const err8 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"components.json#/$defs/ResultColumn/properties/type/type",keyword:"type",params:{type: schema58.properties.type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.table !== undefined){
let data5 = data2.table;
if((typeof data5 !== "string") && (data5 !== null)){
const err9 = {instancePath:instancePath+"/columns/" + i0+"/table",schemaPath:"components.json#/$defs/ResultColumn/properties/table/type",keyword:"type",params:{type: schema58.properties.table.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"components.json#/$defs/ResultColumn/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryStarted_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_started" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_started"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate37(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryRows_message = validate39;
const schema59 = {"$id":"queryRows_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_rows"},"data":{"$ref":"components.json#/$defs/QueryRows"}}}]};
const schema61 = {"title":"QueryRows","type":"object","required":["query_id","row_index","rows"],"properties":{"query_id":{"type":"string"},"row_index":{"type":"integer","minimum":0,"description":"Index of the first row of this batch in the whole result."},"rows":{"type":"array","items":{"type":"object","additionalProperties":{"$ref":"components.json#/$defs/SqlValue"}}}},"additionalProperties":false};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.row_index === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "row_index"},message:"must have required property '"+"row_index"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rows === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "query_id") || (key0 === "row_index")) || (key0 === "rows"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.query_id !== undefined){
if(typeof data.query_id !== "string"){
const err4 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.row_index !== undefined){
let data1 = data.row_index;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/row_index",schemaPath:"#/properties/row_index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/row_index",schemaPath:"#/properties/row_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.rows !== undefined){
let data2 = data.rows;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(validate25(data3[key1], {instancePath:instancePath+"/rows/" + i0+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/rows/" + i0,schemaPath:"#/properties/rows/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryRows_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_rows" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_rows"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate40(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryProgress_message = validate43;
const schema62 = {"$id":"queryProgress_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_progress"},"data":{"$ref":"components.json#/$defs/QueryProgress"}}}]};
const schema64 = {"title":"QueryProgress","type":"object","required":["query_id","rows_sent","elapsed_ms"],"properties":{"query_id":{"type":"string"},"rows_sent":{"type":"integer","minimum":0},"elapsed_ms":{"type":"number","minimum":0}},"additionalProperties":false};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryProgress_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_progress" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_progress"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.query_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.rows_sent === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/required",keyword:"required",params:{missingProperty: "rows_sent"},message:"must have required property '"+"rows_sent"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.elapsed_ms === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/required",keyword:"required",params:{missingProperty: "elapsed_ms"},message:"must have required property '"+"elapsed_ms"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "query_id") || (key1 === "rows_sent")) || (key1 === "elapsed_ms"))){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.query_id !== undefined){
if(typeof data5.query_id !== "string"){
const err16 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryProgress/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.rows_sent !== undefined){
let data7 = data5.rows_sent;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err17 = {instancePath:instancePath+"/data/rows_sent",schemaPath:"components.json#/$defs/QueryProgress/properties/rows_sent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/data/rows_sent",schemaPath:"components.json#/$defs/QueryProgress/properties/rows_sent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data5.elapsed_ms !== undefined){
let data8 = data5.elapsed_ms;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/data/elapsed_ms",schemaPath:"components.json#/$defs/QueryProgress/properties/elapsed_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/data/elapsed_ms",schemaPath:"components.json#/$defs/QueryProgress/properties/elapsed_ms/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryCompleted_message = validate44;
const schema65 = {"$id":"queryCompleted_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_completed"},"data":{"$ref":"components.json#/$defs/QueryCompleted"}}}]};
const schema67 = {"title":"QueryCompleted","type":"object","required":["query_id","row_count","elapsed_ms"],"properties":{"query_id":{"type":"string"},"row_count":{"type":"integer","minimum":0},"elapsed_ms":{"type":"number","minimum":0}},"additionalProperties":false};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryCompleted_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_completed" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_completed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.query_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.row_count === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/required",keyword:"required",params:{missingProperty: "row_count"},message:"must have required property '"+"row_count"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.elapsed_ms === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/required",keyword:"required",params:{missingProperty: "elapsed_ms"},message:"must have required property '"+"elapsed_ms"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "query_id") || (key1 === "row_count")) || (key1 === "elapsed_ms"))){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.query_id !== undefined){
if(typeof data5.query_id !== "string"){
const err16 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryCompleted/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.row_count !== undefined){
let data7 = data5.row_count;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err17 = {instancePath:instancePath+"/data/row_count",schemaPath:"components.json#/$defs/QueryCompleted/properties/row_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/data/row_count",schemaPath:"components.json#/$defs/QueryCompleted/properties/row_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data5.elapsed_ms !== undefined){
let data8 = data5.elapsed_ms;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/data/elapsed_ms",schemaPath:"components.json#/$defs/QueryCompleted/properties/elapsed_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/data/elapsed_ms",schemaPath:"components.json#/$defs/QueryCompleted/properties/elapsed_ms/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryError_message = validate45;
const schema68 = {"$id":"queryError_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_error"},"data":{"$ref":"components.json#/$defs/QueryError"}}}]};
const schema70 = {"title":"QueryError","type":"object","required":["query_id","code","message"],"properties":{"query_id":{"type":"string"},"code":{"type":"string","examples":["SQL_ERROR","CANCELLED","STATEMENT_TIMEOUT"]},"message":{"type":"string"},"rows_sent":{"type":"integer","minimum":0}},"additionalProperties":false};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryError_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_error" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.query_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.code === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.message === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!((((key1 === "query_id") || (key1 === "code")) || (key1 === "message")) || (key1 === "rows_sent"))){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.query_id !== undefined){
if(typeof data5.query_id !== "string"){
const err16 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryError/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.code !== undefined){
if(typeof data5.code !== "string"){
const err17 = {instancePath:instancePath+"/data/code",schemaPath:"components.json#/$defs/QueryError/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.message !== undefined){
if(typeof data5.message !== "string"){
const err18 = {instancePath:instancePath+"/data/message",schemaPath:"components.json#/$defs/QueryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.rows_sent !== undefined){
let data9 = data5.rows_sent;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err19 = {instancePath:instancePath+"/data/rows_sent",schemaPath:"components.json#/$defs/QueryError/properties/rows_sent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err20 = {instancePath:instancePath+"/data/rows_sent",schemaPath:"components.json#/$defs/QueryError/properties/rows_sent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const subscribe_message = validate46;
const schema71 = {"$id":"subscribe_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"subscribe"},"data":{"$ref":"components.json#/$defs/SubscribeRequest"}}}]};
const schema73 = {"title":"SubscribeRequest","type":"object","required":["channel"],"properties":{"subscription_id":{"type":"string","minLength":1,"maxLength":128,"description":"Chosen by the client; the server makes one up when absent."},"channel":{"type":"string","description":"A channel name: the last part of its dedicated address, e.g. events for /api/v1/ws/events.","examples":["events","query"]},"params":{"type":"object","additionalProperties":{"type":"string"},"description":"What the dedicated address takes as query parameters."}},"additionalProperties":false};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="subscribe_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("subscribe" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "subscribe"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.channel === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscribeRequest/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "subscription_id") || (key1 === "channel")) || (key1 === "params"))){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscribeRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.subscription_id !== undefined){
let data6 = data5.subscription_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscribeRequest/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscribeRequest/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscribeRequest/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.channel !== undefined){
if(typeof data5.channel !== "string"){
const err17 = {instancePath:instancePath+"/data/channel",schemaPath:"components.json#/$defs/SubscribeRequest/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.params !== undefined){
let data8 = data5.params;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(typeof data8[key2] !== "string"){
const err18 = {instancePath:instancePath+"/data/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"components.json#/$defs/SubscribeRequest/properties/params/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/data/params",schemaPath:"components.json#/$defs/SubscribeRequest/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscribeRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const subscribed_message = validate47;
const schema74 = {"$id":"subscribed_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"subscribed"},"data":{"$ref":"components.json#/$defs/SubscriptionRef"}}}]};
const schema76 = {"title":"SubscriptionRef","type":"object","required":["subscription_id"],"properties":{"subscription_id":{"type":"string","minLength":1,"maxLength":128},"channel":{"type":"string"}},"additionalProperties":false};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="subscribed_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("subscribed" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "subscribed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.subscription_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/required",keyword:"required",params:{missingProperty: "subscription_id"},message:"must have required property '"+"subscription_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "subscription_id") || (key1 === "channel"))){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.subscription_id !== undefined){
let data6 = data5.subscription_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.channel !== undefined){
if(typeof data5.channel !== "string"){
const err17 = {instancePath:instancePath+"/data/channel",schemaPath:"components.json#/$defs/SubscriptionRef/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const unsubscribe_message = validate48;
const schema77 = {"$id":"unsubscribe_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"unsubscribe"},"data":{"$ref":"components.json#/$defs/SubscriptionRef"}}}]};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="unsubscribe_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("unsubscribe" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "unsubscribe"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.subscription_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/required",keyword:"required",params:{missingProperty: "subscription_id"},message:"must have required property '"+"subscription_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "subscription_id") || (key1 === "channel"))){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.subscription_id !== undefined){
let data6 = data5.subscription_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.channel !== undefined){
if(typeof data5.channel !== "string"){
const err17 = {instancePath:instancePath+"/data/channel",schemaPath:"components.json#/$defs/SubscriptionRef/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const unsubscribed_message = validate49;
const schema80 = {"$id":"unsubscribed_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"unsubscribed"},"data":{"$ref":"components.json#/$defs/SubscriptionRef"}}}]};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="unsubscribed_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("unsubscribed" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "unsubscribed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.subscription_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/required",keyword:"required",params:{missingProperty: "subscription_id"},message:"must have required property '"+"subscription_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "subscription_id") || (key1 === "channel"))){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.subscription_id !== undefined){
let data6 = data5.subscription_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.channel !== undefined){
if(typeof data5.channel !== "string"){
const err17 = {instancePath:instancePath+"/data/channel",schemaPath:"components.json#/$defs/SubscriptionRef/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const backupProgress_message = validate50;
const schema83 = {"$id":"backupProgress_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"backup_progress"},"data":{"$ref":"components.json#/$defs/BackupProgress"}}}]};
const schema85 = {"title":"BackupProgress","description":"Progress of a backup, restore, verify or point-in-time recovery, measured: bytes copied, changes replayed, and an ETA extrapolated from the pace so far.","type":"object","required":["operationId","requestId","operation","backupId","phase","status","percentage","bytesProcessed","bytesTotal","etaSeconds","message","at"],"properties":{"operationId":{"type":"string"},"requestId":{"type":["string","null"],"description":"The X-Request-Id of the request that started it, so a client can follow its own."},"operation":{"type":"string","enum":["backup","restore","verify","pitr"]},"backupId":{"type":["string","null"]},"phase":{"type":"string","description":"snapshot, change-log, store, checksum, load, replay, replay-log or check."},"status":{"type":"string","enum":["running","completed","failed"]},"percentage":{"type":"number","minimum":0,"maximum":100},"bytesProcessed":{"type":"integer","minimum":0},"bytesTotal":{"type":"integer","minimum":0},"etaSeconds":{"type":["number","null"],"minimum":0},"message":{"type":["string","null"],"description":"How it ended (or why it failed)."},"at":{"type":"string","format":"date-time"}},"additionalProperties":false};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="backupProgress_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("backup_progress" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "backup_progress"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.operationId === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "operationId"},message:"must have required property '"+"operationId"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.requestId === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "requestId"},message:"must have required property '"+"requestId"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.operation === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.backupId === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "backupId"},message:"must have required property '"+"backupId"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.phase === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "phase"},message:"must have required property '"+"phase"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.status === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.percentage === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "percentage"},message:"must have required property '"+"percentage"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.bytesProcessed === undefined){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "bytesProcessed"},message:"must have required property '"+"bytesProcessed"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.bytesTotal === undefined){
const err20 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "bytesTotal"},message:"must have required property '"+"bytesTotal"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.etaSeconds === undefined){
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "etaSeconds"},message:"must have required property '"+"etaSeconds"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.message === undefined){
const err22 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.at === undefined){
const err23 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key1 in data5){
if(!(func5.call(schema85.properties, key1))){
const err24 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.operationId !== undefined){
if(typeof data5.operationId !== "string"){
const err25 = {instancePath:instancePath+"/data/operationId",schemaPath:"components.json#/$defs/BackupProgress/properties/operationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.requestId !== undefined){
let data7 = data5.requestId;
if((typeof data7 !== "string") && (data7 !== null)){
const err26 = {instancePath:instancePath+"/data/requestId",schemaPath:"components.json#/$defs/BackupProgress/properties/requestId/type",keyword:"type",params:{type: schema85.properties.requestId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.operation !== undefined){
let data8 = data5.operation;
if(typeof data8 !== "string"){
const err27 = {instancePath:instancePath+"/data/operation",schemaPath:"components.json#/$defs/BackupProgress/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!((((data8 === "backup") || (data8 === "restore")) || (data8 === "verify")) || (data8 === "pitr"))){
const err28 = {instancePath:instancePath+"/data/operation",schemaPath:"components.json#/$defs/BackupProgress/properties/operation/enum",keyword:"enum",params:{allowedValues: schema85.properties.operation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.backupId !== undefined){
let data9 = data5.backupId;
if((typeof data9 !== "string") && (data9 !== null)){
const err29 = {instancePath:instancePath+"/data/backupId",schemaPath:"components.json#/$defs/BackupProgress/properties/backupId/type",keyword:"type",params:{type: schema85.properties.backupId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.phase !== undefined){
if(typeof data5.phase !== "string"){
const err30 = {instancePath:instancePath+"/data/phase",schemaPath:"components.json#/$defs/BackupProgress/properties/phase/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.status !== undefined){
let data11 = data5.status;
if(typeof data11 !== "string"){
const err31 = {instancePath:instancePath+"/data/status",schemaPath:"components.json#/$defs/BackupProgress/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!(((data11 === "running") || (data11 === "completed")) || (data11 === "failed"))){
const err32 = {instancePath:instancePath+"/data/status",schemaPath:"components.json#/$defs/BackupProgress/properties/status/enum",keyword:"enum",params:{allowedValues: schema85.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.percentage !== undefined){
let data12 = data5.percentage;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 100 || isNaN(data12)){
const err33 = {instancePath:instancePath+"/data/percentage",schemaPath:"components.json#/$defs/BackupProgress/properties/percentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err34 = {instancePath:instancePath+"/data/percentage",schemaPath:"components.json#/$defs/BackupProgress/properties/percentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/data/percentage",schemaPath:"components.json#/$defs/BackupProgress/properties/percentage/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data5.bytesProcessed !== undefined){
let data13 = data5.bytesProcessed;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err36 = {instancePath:instancePath+"/data/bytesProcessed",schemaPath:"components.json#/$defs/BackupProgress/properties/bytesProcessed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err37 = {instancePath:instancePath+"/data/bytesProcessed",schemaPath:"components.json#/$defs/BackupProgress/properties/bytesProcessed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data5.bytesTotal !== undefined){
let data14 = data5.bytesTotal;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err38 = {instancePath:instancePath+"/data/bytesTotal",schemaPath:"components.json#/$defs/BackupProgress/properties/bytesTotal/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err39 = {instancePath:instancePath+"/data/bytesTotal",schemaPath:"components.json#/$defs/BackupProgress/properties/bytesTotal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data5.etaSeconds !== undefined){
let data15 = data5.etaSeconds;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
const err40 = {instancePath:instancePath+"/data/etaSeconds",schemaPath:"components.json#/$defs/BackupProgress/properties/etaSeconds/type",keyword:"type",params:{type: schema85.properties.etaSeconds.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err41 = {instancePath:instancePath+"/data/etaSeconds",schemaPath:"components.json#/$defs/BackupProgress/properties/etaSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data5.message !== undefined){
let data16 = data5.message;
if((typeof data16 !== "string") && (data16 !== null)){
const err42 = {instancePath:instancePath+"/data/message",schemaPath:"components.json#/$defs/BackupProgress/properties/message/type",keyword:"type",params:{type: schema85.properties.message.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data5.at !== undefined){
let data17 = data5.at;
if(typeof data17 === "string"){
if(!(formats0.validate(data17))){
const err43 = {instancePath:instancePath+"/data/at",schemaPath:"components.json#/$defs/BackupProgress/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/data/at",schemaPath:"components.json#/$defs/BackupProgress/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BackupProgress/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
